// Loading CSV files and the Iris data, with clear errors for broken files.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

#include "nn/io/csv.hpp"
#include "nn/io/data_directory.hpp"
#include "nn/io/iris.hpp"

namespace {

// A file in a fresh temporary directory, removed with it.
struct TemporaryFile {
  std::filesystem::path path;
  explicit TemporaryFile(const std::string& contents) {
    path = std::filesystem::temp_directory_path() /
           ("nn_test_" + std::to_string(std::hash<std::string>{}(contents)) + ".csv");
    std::ofstream(path) << contents;
  }
  ~TemporaryFile() { std::filesystem::remove(path); }
};

}  // namespace

TEST_CASE("iris.csv holds Fisher's 150 flowers, 50 of each species", "[data]") {
  const nn::Dataset iris = nn::load_iris(nn::data_directory() / "iris.csv");
  REQUIRE(arma::size(iris.features) == arma::size(150, 4));
  CHECK(arma::accu(iris.labels == 0) == 50);
  CHECK(arma::accu(iris.labels == 1) == 50);
  CHECK(arma::accu(iris.labels == 2) == 50);
  CHECK(iris.features(0, 0) == 5.1);  // the first flower: 5.1, 3.5, 1.4, 0.2, setosa
  CHECK(iris.features(149, 3) == 1.8);
}

TEST_CASE("the question's split and weights load with their shapes", "[data]") {
  const nn::QuestionSetup setup = nn::load_question_setup(nn::data_directory());
  CHECK(setup.train.labels.n_elem == 130);
  CHECK(setup.test.labels.n_elem == 20);
  CHECK(arma::size(setup.w1) == arma::size(4, 2));
  CHECK(arma::size(setup.w2) == arma::size(2, 3));
  CHECK(setup.w1(0, 0) == 0.665793252064759);  // 0.5 * numpy's first normal draw after seed(10)
}

TEST_CASE("read_csv names the file, line and field of what is wrong", "[data][errors]") {
  CHECK_THROWS_WITH(nn::read_csv("/no/such/file.csv", false), "read_csv: cannot open /no/such/file.csv");
  {
    TemporaryFile file("a,b\n1,2\n3\n");
    CHECK_THROWS_WITH(nn::read_csv(file.path, true), Catch::Contains("line 3: 1 fields, expected 2"));
  }
  {
    TemporaryFile file("1,2\n3,x\n");
    CHECK_THROWS_WITH(nn::read_csv(file.path, false),
                      Catch::Contains(file.path.string() + ", line 2, field 2: 'x' is not a finite number"));
  }
  {
    TemporaryFile file("1,nan\n");
    CHECK_THROWS_WITH(nn::read_csv(file.path, false), Catch::Contains("not a finite number"));
  }
  {
    TemporaryFile file("a,b\n");
    CHECK_THROWS_WITH(nn::read_csv(file.path, true), Catch::Contains("no data lines"));
  }
}

TEST_CASE("load_iris rejects a wrong column count or species", "[data][errors]") {
  {
    TemporaryFile file("a,b,c,d,species\n1,2,3,4,7\n");
    CHECK_THROWS_WITH(nn::load_iris(file.path), Catch::Contains("line 2: species 7"));
  }
  {
    TemporaryFile file("a,b,c,species\n1,2,3,0\n");
    CHECK_THROWS_WITH(nn::load_iris(file.path), Catch::Contains("4 columns"));
  }
  CHECK_THROWS_WITH(nn::load_question_setup("/no/such/dir"), Catch::Contains("cannot open"));
}

TEST_CASE("read_named_values reads name,value lines and names what is wrong", "[data]") {
  const auto numpy = nn::read_named_values(nn::data_directory() / "question" / "reference_final.csv");
  CHECK(numpy.at("test_accuracy") == 0.8);
  CHECK(numpy.size() == 17);  // 3 results and 14 weights
  {
    TemporaryFile file("quantity,value\na,1\nb\n");
    CHECK_THROWS_WITH(nn::read_named_values(file.path), Catch::Contains("line 3: 1 fields"));
  }
  {
    TemporaryFile file("quantity,value\na,1\na,2\n");
    CHECK_THROWS_WITH(nn::read_named_values(file.path), Catch::Contains("line 3: 'a' appears twice"));
  }
  {
    TemporaryFile file("quantity,value\na,one\n");
    CHECK_THROWS_WITH(nn::read_named_values(file.path), Catch::Contains("'one' is not a finite number"));
  }
  CHECK_THROWS_WITH(nn::read_named_values("/no/such.csv"), "read_named_values: cannot open /no/such.csv");
}

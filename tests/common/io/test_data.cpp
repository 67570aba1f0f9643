// Loading CSV files and the Iris data, with clear errors for broken files.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sys/stat.h>

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
  CHECK_THROWS_WITH(nn::read_csv("/no/such/file.csv", false), "read_csv: cannot open /no/such/file.csv: no such file");
  {
    TemporaryFile file("a,b\n1,2\n3\n");
    CHECK_THROWS_WITH(nn::read_csv(file.path, true), Catch::Contains("line 3: 1 fields, expected 2"));
  }
  {
    TemporaryFile file("1,2\n3,x\n");
    CHECK_THROWS_WITH(nn::read_csv(file.path, false),
                      Catch::Contains(file.path.string() + ", line 2, field 2: 'x' is not a number"));
  }
  {
    TemporaryFile file("1,nan\n");
    CHECK_THROWS_WITH(nn::read_csv(file.path, false), Catch::Contains("'nan' is not a finite number"));
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
    TemporaryFile file("a,b,c,d,species\n1,2,3,4,1.7976931348623157e308\n");
    CHECK_THROWS_WITH(nn::load_iris(file.path),
                      Catch::EndsWith("line 2: species 1.7976931348623157e+308 is not 0, 1 or 2"));  // not 309 digits
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
    CHECK_THROWS_WITH(nn::read_named_values(file.path), Catch::Contains("field 2: 'one' is not a number"));
  }
  CHECK_THROWS_WITH(nn::read_named_values("/no/such.csv"), "read_named_values: cannot open /no/such.csv: no such file");
}

TEST_CASE("read_named_values says which name a file lacks", "[data][errors]") {
  TemporaryFile file("quantity,value\ntrain_loss,0.5\n");
  const nn::NamedValues values = nn::read_named_values(file.path);
  CHECK(values.at("train_loss") == 0.5);
  CHECK_THROWS_AS(values.at("test_loss"), std::invalid_argument);
  CHECK_THROWS_WITH(values.at("test_loss"), "read_named_values: " + file.path.string() + " has no 'test_loss'");
}

TEST_CASE("read_csv refuses an empty field and reads numbers with the one grammar", "[data][errors]") {
  for (const char* line : {"1,,2\n", "1,2,\n", ",1,2\n", "1, ,2\n"}) {
    TemporaryFile file(line);
    INFO(line);
    CHECK_THROWS_WITH(nn::read_csv(file.path, false), Catch::Contains("is empty; a number is needed"));
  }
  for (const char* line : {"1,0x10\n", "1,+-1\n", "1,1e\n", "1,1 2\n"}) {
    TemporaryFile file(line);
    INFO(line);
    CHECK_THROWS_WITH(nn::read_csv(file.path, false), Catch::Contains("is not a number"));
  }
  TemporaryFile octal("010, .5 ,2.\n");
  CHECK(arma::approx_equal(nn::read_csv(octal.path, false).values, arma::mat{{10, 0.5, 2}}, "absdiff", 0.0));
  TemporaryFile tiny("1,1e-320\n");
  CHECK_THROWS_WITH(nn::read_csv(tiny.path, false), Catch::Contains("field 2: '1e-320' underflows"));
}

TEST_CASE("read_csv skips a UTF-8 byte-order mark and shows control characters escaped", "[data][errors]") {
  TemporaryFile marked("\xEF\xBB\xBF" "a,b\n1,2\n");
  const nn::CsvTable table = nn::read_csv(marked.path, true);
  CHECK(table.header.front() == "a");
  CHECK(table.values(0, 1) == 2.0);
  TemporaryFile headerless("\xEF\xBB\xBF" "1,2\r\n3,4\r\n");
  CHECK(nn::read_csv(headerless.path, false).values(1, 0) == 3.0);
  TemporaryFile inner("1,\xEF\xBB\xBF" "2\n");  // not at the start of the file: a bad field, shown escaped
  CHECK_THROWS_WITH(nn::read_csv(inner.path, false), Catch::Contains("'\\ufeff2' is not a number"));
  TemporaryFile control("1,2\x01\n");
  CHECK_THROWS_WITH(nn::read_csv(control.path, false), Catch::Contains("'2\\x01' is not a number"));
}

TEST_CASE("read_csv says a directory is a directory and refuses a FIFO without blocking", "[data][errors]") {
  const std::filesystem::path directory = std::filesystem::temp_directory_path();
  CHECK_THROWS_WITH(nn::read_csv(directory, false),
                    "read_csv: " + directory.string() + " is a directory, not a data file");
  const std::filesystem::path fifo = directory / "nn_test_fifo.csv";
  std::filesystem::remove(fifo);
  REQUIRE(mkfifo(fifo.c_str(), 0600) == 0);
  CHECK_THROWS_WITH(nn::read_csv(fifo, false),  // opening a FIFO with no writer would block forever
                    "read_csv: " + fifo.string() +
                        " is not a regular file (a FIFO, device or socket); give a data file");
  CHECK_THROWS_WITH(nn::read_named_values(fifo), Catch::Contains("is not a regular file"));
  std::filesystem::remove(fifo);
  CHECK_THROWS_WITH(nn::read_csv("/dev/null", false), Catch::Contains("is not a regular file"));
}

TEST_CASE("a file name with a control character is shown escaped", "[data][errors]") {
  CHECK_THROWS_WITH(nn::read_csv("/no/such\ndir/x.csv", false),
                    "read_csv: cannot open /no/such\\ndir/x.csv: no such file");
}

#!/usr/bin/env python3
"""Regenerate the numbers the tutorial's C++ code is checked against.

OPTIONAL. The repository ships this script's output (data/iris.csv and
data/question/*.csv), so building and testing the C++ code needs no Python.
Run it only to audit those files or to regenerate them:

    python3 scripts/make_question_data.py

It needs python3, numpy and scikit-learn (no pandas), takes no arguments,
reads no input besides scikit-learn's bundled Iris copy, and always writes to
the data/ directory next to this script's scripts/ directory (found from the
script's own path, not from the working directory). It is deterministic: two
runs with the same numpy/scikit-learn produce byte-identical files.

Where every number comes from
-----------------------------
* data/iris.csv: Fisher's (1936) Iris data exactly as
  sklearn.datasets.load_iris() returns it (scikit-learn's bundled copy),
  same row order; species is the integer target 0 setosa, 1 versicolor,
  2 virginica.

* The learner's question one-hot encoded the targets with pd.get_dummies(y);
  here the same 150x3 matrix of 0/1 columns in class order 0, 1, 2 is built
  with numpy (np.eye(3)[y]), so pandas is not needed.

* The split is train_test_split(X, y_onehot, idx, test_size=20,
  random_state=4): test_size=20 is an integer, i.e. 20 test samples and 130
  training samples. idx = np.arange(150) is passed as a third array in the SAME
  call, so it is shuffled with the same permutation as X and y; the resulting
  indices are saved (train_indices.csv, test_indices.csv) and the script
  asserts X[train_idx] == X_train exactly, so a C++ loader can rebuild
  X_train, y_train, X_test, y_test from iris.csv.

* Initial weights come from numpy's legacy global generator:
  np.random.seed(10), then W1 = np.random.normal(scale=0.5, size=(4, 2)) and
  W2 = np.random.normal(scale=0.5, size=(2, 3)), in that order (W2 continues
  the stream after W1's 8 draws). The legacy RandomState stream is frozen by
  numpy's compatibility policy, so these values do not depend on the numpy
  version.

* Training reproduces the question's loop verbatim: 5000 iterations of
  full-batch gradient descent with learning_rate 0.1 on a 4-2-3 network with
  sigmoid activations and no biases. For every iteration the loss and accuracy
  are recorded from the forward pass BEFORE that iteration's weight update:
    - loss ("mse") = ((A2 - Y)**2).sum() / (2 * A2.size), where A2.size is the
      number of ELEMENTS, 130 * 3 = 390;
    - accuracy = mean(argmax(A2, axis=1) == argmax(Y, axis=1)).
  The weight updates divide by N = y_train.size, which is also the number of
  ELEMENTS (390), not the number of samples (130); that is what the question's
  code did, so it is kept.
  After the loop the final weights are used once more for the training loss
  and accuracy and for the test accuracy on the 20 held-out samples.

Every floating-point number is written with repr(float(v)), i.e. Python's
shortest round-trip form (5.1, 0.6657...), so parsing it with strtod gives back
the exact double numpy held. Matrices are headerless CSV, one matrix row (one
sample) per line; the two reference_* files carry a header line. All files use
'\\n' line endings and end with a newline.

Caveat for exact comparison: numpy's np.exp and its BLAS-backed matrix
products may round differently from a C++ loop in the last bit or so, and these
tiny differences are amplified over 5000 iterations, so C++ tests should
compare the training trace with a small tolerance rather than bit for bit.
"""

import sys
from pathlib import Path

import numpy as np
import sklearn
from sklearn.datasets import load_iris
from sklearn.model_selection import train_test_split

# <repo>/scripts/make_question_data.py -> <repo>/data, whatever the cwd is.
DATA_DIR = Path(__file__).resolve().parent.parent / "data"
QUESTION_DIR = DATA_DIR / "question"

# The question's hyper-parameters.
TEST_SIZE = 20          # an int: 20 test samples, 130 training samples
SPLIT_SEED = 4          # train_test_split(random_state=4)
WEIGHT_SEED = 10        # np.random.seed(10)
WEIGHT_SCALE = 0.5      # np.random.normal(scale=0.5, ...)
LEARNING_RATE = 0.1
ITERATIONS = 5000


def num(v):
    """Shortest round-trip text of a number (repr of a Python float/int)."""
    if isinstance(v, (int, np.integer)):
        return repr(int(v))
    return repr(float(v))


def write_lines(path, lines):
    """Write text lines with '\\n' endings and a trailing newline."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="ascii", newline="\n") as f:
        for line in lines:
            f.write(line + "\n")


def write_matrix(path, m):
    """Headerless CSV: one matrix row per line (one entry per line if 1-D)."""
    m = np.asarray(m)
    if m.ndim == 1:
        write_lines(path, [num(v) for v in m])
    else:
        write_lines(path, [",".join(num(v) for v in row) for row in m])


# The question's helper functions, unchanged.
def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def mean_squared_error(predictions, targets):
    # Divides by 2 * number of ELEMENTS (p.size), as in the question.
    return ((predictions - targets) ** 2).sum() / (2 * predictions.size)


def accuracy(predictions, targets):
    return (np.argmax(predictions, axis=1) == np.argmax(targets, axis=1)).mean()


def main():
    # ---- 1. The data set: scikit-learn's bundled copy of Fisher's Iris. ----
    data = load_iris()
    X = data.data            # (150, 4) float64
    y = data.target          # (150,) ints 0, 1, 2
    assert X.shape == (150, 4) and y.shape == (150,)
    assert list(data.target_names) == ["setosa", "versicolor", "virginica"]
    assert all((y == c).sum() == 50 for c in range(3))

    write_lines(
        DATA_DIR / "iris.csv",
        ["sepal_length,sepal_width,petal_length,petal_width,species"]
        + [",".join([num(v) for v in X[i]] + [num(y[i])]) for i in range(len(y))],
    )

    # ---- 2. One-hot targets (what pd.get_dummies(y).values gave). ----
    y_onehot = np.eye(3, dtype=np.uint8)[y]   # columns in class order 0, 1, 2

    # ---- 3. The split, carrying the row indices along in the same call. ----
    idx = np.arange(len(y))
    X_train, X_test, y_train, y_test, train_idx, test_idx = train_test_split(
        X, y_onehot, idx, test_size=TEST_SIZE, random_state=SPLIT_SEED)
    assert len(train_idx) == 130 and len(test_idx) == 20
    # The indices rebuild the split exactly (bit for bit).
    assert np.array_equal(X[train_idx], X_train) and np.array_equal(X[test_idx], X_test)
    assert np.array_equal(y_onehot[train_idx], y_train)
    assert np.array_equal(y_onehot[test_idx], y_test)

    # ---- 4. Initial weights from numpy's legacy global generator. ----
    np.random.seed(WEIGHT_SEED)
    W1 = np.random.normal(scale=WEIGHT_SCALE, size=(4, 2))
    W2 = np.random.normal(scale=WEIGHT_SCALE, size=(2, 3))
    W1_initial, W2_initial = W1.copy(), W2.copy()

    # ---- 5. The question's training loop, verbatim. ----
    N = y_train.size          # 390 = 130 * 3 ELEMENTS, not 130 samples
    assert N == 390
    trace = []                # (iteration, loss, accuracy) before each update
    for itr in range(ITERATIONS):
        # feedforward
        Z1 = X_train @ W1
        A1 = sigmoid(Z1)
        Z2 = A1 @ W2
        A2 = sigmoid(Z2)

        # recorded before the update
        mse = mean_squared_error(A2, y_train)
        acc = accuracy(A2, y_train)
        trace.append((itr, mse, acc))

        # backpropagation
        E1 = A2 - y_train
        dW1 = E1 * A2 * (1 - A2)
        E2 = dW1 @ W2.T
        dW2 = E2 * A1 * (1 - A1)

        # weight updates
        W2_update = A1.T @ dW1 / N
        W1_update = X_train.T @ dW2 / N
        W2 = W2 - LEARNING_RATE * W2_update
        W1 = W1 - LEARNING_RATE * W1_update

    # ---- 6. Final evaluation with the final weights. ----
    A2_train = sigmoid(sigmoid(X_train @ W1) @ W2)
    A2_test = sigmoid(sigmoid(X_test @ W1) @ W2)
    final = [
        ("train_loss", mean_squared_error(A2_train, y_train)),
        ("train_accuracy", accuracy(A2_train, y_train)),
        ("test_accuracy", accuracy(A2_test, y_test)),
    ]
    final += [(f"w1_final_{r}_{c}", W1[r, c]) for r in range(4) for c in range(2)]
    final += [(f"w2_final_{r}_{c}", W2[r, c]) for r in range(2) for c in range(3)]

    # ---- 7. Write the question's set-up and reference results. ----
    write_matrix(QUESTION_DIR / "train_indices.csv", train_idx)
    write_matrix(QUESTION_DIR / "test_indices.csv", test_idx)
    write_matrix(QUESTION_DIR / "w1_initial.csv", W1_initial)
    write_matrix(QUESTION_DIR / "w2_initial.csv", W2_initial)
    write_lines(
        QUESTION_DIR / "reference_run.csv",
        ["iteration,loss,accuracy"]
        + [f"{num(i)},{num(l)},{num(a)}" for i, l, a in trace],
    )
    write_lines(
        QUESTION_DIR / "reference_final.csv",
        ["quantity,value"] + [f"{name},{num(v)}" for name, v in final],
    )

    print(f"python {sys.version.split()[0]}, numpy {np.__version__}, "
          f"scikit-learn {sklearn.__version__}")
    print(f"wrote {DATA_DIR / 'iris.csv'} and {QUESTION_DIR}/")
    for name, v in final[:3]:
        print(f"  {name} = {num(v)}")


if __name__ == "__main__":
    main()

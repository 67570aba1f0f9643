#!/usr/bin/env python3
"""The question's training iteration in numpy, timed: the numpy side of the benchmarks.

OPTIONAL: it needs python3 and numpy, and nothing in the build or the tests runs it. The
benchmarks program runs it as

    python3 question_numpy.py DATA_DIR

with the library's own data directory, so both sides train the same network on the same
numbers: the question's split of Iris (iris.csv, question/train_indices.csv) and numpy's
initial weights (question/w1_initial.csv, w2_initial.csv). It prints one number, the median
time of one iteration in seconds. Without numpy it says so on stderr and exits with 3.

The iteration is the body of the question's loop: forward, its mean_squared_error, backward
and the weight updates. The loop's bookkeeping (its accuracy and its pandas results table) is
left out, as the library's iteration has none.
"""

import sys
import time
from pathlib import Path

try:
    import numpy as np
except ImportError:
    print("numpy is not installed", file=sys.stderr)
    sys.exit(3)

REPEATS = 15       # timed runs; the median is printed
ITERATIONS = 500   # iterations per timed run


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def mean_squared_error(predictions, targets):
    return ((predictions - targets) ** 2).sum() / (2 * predictions.size)


def main():
    data = Path(sys.argv[1])
    iris = np.loadtxt(data / "iris.csv", delimiter=",", skiprows=1)
    train = np.loadtxt(data / "question" / "train_indices.csv", dtype=int)
    x_train = iris[train, :4]
    y_train = np.eye(3)[iris[train, 4].astype(int)]
    W1 = np.loadtxt(data / "question" / "w1_initial.csv", delimiter=",")
    W2 = np.loadtxt(data / "question" / "w2_initial.csv", delimiter=",")
    learning_rate = 0.1
    N = y_train.size

    times = []
    for _ in range(REPEATS):
        start = time.perf_counter()
        for _ in range(ITERATIONS):
            Z1 = np.dot(x_train, W1)
            A1 = sigmoid(Z1)
            Z2 = np.dot(A1, W2)
            A2 = sigmoid(Z2)
            mse = mean_squared_error(A2, y_train)

            E1 = A2 - y_train
            dW1 = E1 * A2 * (1 - A2)
            E2 = np.dot(dW1, W2.T)
            dW2 = E2 * A1 * (1 - A1)

            W2_update = np.dot(A1.T, dW1) / N
            W1_update = np.dot(x_train.T, dW2) / N
            W2 = W2 - learning_rate * W2_update
            W1 = W1 - learning_rate * W1_update
        times.append((time.perf_counter() - start) / ITERATIONS)
    assert np.isfinite(mse)
    times.sort()
    print(repr(times[len(times) // 2]))


if __name__ == "__main__":
    main()

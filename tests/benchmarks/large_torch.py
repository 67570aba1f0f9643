#!/usr/bin/env python3
"""The benchmarks' large layer in PyTorch, timed: the PyTorch side of the benchmarks.

OPTIONAL: it needs python3 and PyTorch (Debian's python3-torch), and nothing in the build or
the tests runs it. The benchmarks program runs it as

    python3 large_torch.py THREADS

with the number of threads its own BLAS uses, and it prints one number: the median time of
one training step in seconds. Without PyTorch it says so on stderr and exits with 3.

It times PyTorch twice, with each of OpenMP's two ways of waiting (spinning, its default, and
sleeping), in a fresh process each, and prints the faster: on a small machine that is busy
with something else, spinning threads can make PyTorch many times slower than it is.

The step is the one the benchmarks time in the library: a 784-512-10 network with a ReLU
hidden layer and biases, float64, on a batch of 256 synthetic samples (inputs uniform in
[0, 1), classes 0 to 9 in turn), initial weights normal with standard deviation
1/sqrt(inputs), biases 0; forward, the softmax cross-entropy (mean over the samples),
backward, and one step of plain SGD at learning rate 0.1. The numbers are drawn here, not
read from the library: their values do not change the work.
"""

import os
import subprocess
import sys
import time

THREADS = int(sys.argv[1])
POLICY = "NN_OMP_WAIT_POLICY"  # set in the two timed runs


def best_of_both_policies():
    times = []
    for policy in ("ACTIVE", "PASSIVE"):
        env = dict(os.environ, OMP_WAIT_POLICY=policy, **{POLICY: policy})
        run = subprocess.run([sys.executable, __file__, str(THREADS)], env=env, capture_output=True, text=True)
        if run.returncode != 0:
            sys.stderr.write(run.stderr)
            sys.exit(run.returncode)
        times.append(float(run.stdout))
    print(repr(min(times)))


if POLICY not in os.environ:
    best_of_both_policies()
    sys.exit(0)

# PyTorch's matrix products call the system's BLAS (OpenBLAS on Debian), which reads this when
# it is loaded; its own elementwise loops take set_num_threads() below.
os.environ["OPENBLAS_NUM_THREADS"] = str(THREADS)

try:
    import torch
except ImportError:
    print("PyTorch is not installed", file=sys.stderr)
    sys.exit(3)

INPUTS, HIDDEN, OUTPUTS, BATCH = 784, 512, 10, 256
WARMUP = 5     # untimed steps
REPEATS = 50   # timed steps; the median is printed


def main():
    torch.set_num_threads(THREADS)
    torch.manual_seed(1)
    x = torch.rand(BATCH, INPUTS, dtype=torch.float64)
    classes = torch.arange(BATCH) % OUTPUTS
    model = torch.nn.Sequential(torch.nn.Linear(INPUTS, HIDDEN), torch.nn.ReLU(),
                                torch.nn.Linear(HIDDEN, OUTPUTS)).to(torch.float64)
    with torch.no_grad():
        for layer in (model[0], model[2]):
            layer.weight.normal_(0.0, layer.in_features ** -0.5)
            layer.bias.zero_()
    sgd = torch.optim.SGD(model.parameters(), lr=0.1)

    def step():
        sgd.zero_grad()
        loss = torch.nn.functional.cross_entropy(model(x), classes)
        loss.backward()
        sgd.step()
        return loss

    for _ in range(WARMUP):
        step()
    times = []
    for _ in range(REPEATS):
        start = time.perf_counter()
        loss = step()
        times.append(time.perf_counter() - start)
    assert torch.isfinite(loss)
    times.sort()
    print(repr(times[len(times) // 2]))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Summarises `jfr print --events jdk.ExecutionSample FILE` (read on standard input): the methods most often
on top of the stack (self), and the io.github.reformplan methods most often anywhere on it (inclusive)."""
import re
import sys
from collections import Counter

top, incl, samples = Counter(), Counter(), 0
stack = None
for line in sys.stdin:
    if line.startswith("jdk.ExecutionSample"):
        samples += 1
        stack = []
    elif stack is not None and re.match(r"\s+[\w$.<>]+\(.*\)\s+line:", line):
        stack.append(re.sub(r"\(.*", "", line.strip()))
    elif stack is not None and line.strip() == "]":
        if stack:
            top[stack[0]] += 1
            for m in set(stack):
                if "reformplan" in m or "networknt" in m or "jackson" in m or "snakeyaml" in m:
                    incl[m] += 1
        stack = None
n = int(sys.argv[1]) if len(sys.argv) > 1 else 25
print(f"{samples} samples\n-- self (top of stack) --")
for m, c in top.most_common(n):
    print(f"{100 * c / samples:5.1f}%  {m}")
print("-- inclusive (reformplan, schema validator, Jackson, SnakeYAML) --")
for m, c in incl.most_common(n):
    print(f"{100 * c / samples:5.1f}%  {m}")

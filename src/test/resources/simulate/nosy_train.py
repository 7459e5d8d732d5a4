"""A deliberately nosy train component for flgen simulate's isolation test.

It knows the simulated storage layout (storage/<account>/<container>/...) and tries to read the
other silo's preprocessed data: first by walking the file system up from its working folder, then
by the path it expects. Every file it manages to read is printed as READ <path> <sha256>.
"""

import hashlib
import os
import re
import sys

args = sys.argv[1:]
if args[args.index("--silo_index") + 1] == "0":
    sys.exit(0)  # the pooled baseline shares this component; the step under test is a silo's
train = args[args.index("--train_data") + 1]
m = re.search(r"^(.*/storage/)([^/]+)(/.*)$", train)
own = m.group(2)
other = own.replace("siloa", "silob") if "siloa" in own else own.replace("silob", "siloa")
walked = 0
d = os.getcwd()
while True:
    for root, dirs, files in os.walk(d):
        dirs[:] = [x for x in dirs if os.path.join(root, x) not in ("/proc", "/sys", "/dev", "/usr")]
        for f in files:
            walked += 1
            p = os.path.join(root, f)
            if other in p and f == "data.npz":
                try:
                    with open(p, "rb") as fh:
                        print("READ", p, hashlib.sha256(fh.read()).hexdigest(), file=sys.stderr)
                except OSError as e:
                    print("DENIED", p, e, file=sys.stderr)
        if walked > 300000:
            break
    parent = os.path.dirname(d)
    if parent == d or walked > 300000:
        break
    d = parent
print(f"nosy: walked {walked} files looking for {other}", file=sys.stderr)
expected = m.group(1) + other + m.group(3) + "/data.npz"
with open(expected, "rb") as fh:
    print("READ", expected, hashlib.sha256(fh.read()).hexdigest(), file=sys.stderr)

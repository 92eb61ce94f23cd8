"""Train floret (subword-hashed) static vectors on the permissive raw text.

Usage: python training/vectors.py RAW_TEXT OUT_PREFIX [DIM] [BUCKET]
Writes OUT_PREFIX.floret (the table spaCy imports with `spacy init vectors --mode floret`).
"""
import sys

import floret

raw, out = sys.argv[1], sys.argv[2]
dim = int(sys.argv[3]) if len(sys.argv) > 3 else 64
bucket = int(sys.argv[4]) if len(sys.argv) > 4 else 50000
model = floret.train_unsupervised(
    raw,
    model="cbow",
    mode="floret",
    hashCount=2,
    bucket=bucket,
    minn=4,
    maxn=5,
    minCount=3,
    dim=dim,
    epoch=8,
    lr=0.05,
    thread=1,  # one thread: deterministic
    verbose=1,
)
model.save_floret_vectors(out + ".floret")
print("saved", out + ".floret")

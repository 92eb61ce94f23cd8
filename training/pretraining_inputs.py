"""Inputs of `spacy pretrain` for RECIPE=joint PRETRAIN=1 (training/run.sh).

Usage: python training/pretraining_inputs.py JOINT_CFG PRETRAINING_CFG OUT_CFG RAW_TXT RAW_JSONL

Writes OUT_CFG = JOINT_CFG with the sections of PRETRAINING_CFG merged in, and RAW_JSONL = the
non-empty lines of RAW_TXT as {"text": ...} objects, the format spaCy's JsonlCorpus reads.
"""
import json
import sys

from thinc.api import Config

joint_cfg, pretraining_cfg, out_cfg, raw_txt, raw_jsonl = sys.argv[1:6]
merged = Config().from_disk(joint_cfg, interpolate=False).merge(Config().from_disk(pretraining_cfg, interpolate=False))
merged.to_disk(out_cfg)
with open(raw_txt, encoding="utf-8") as lines, open(raw_jsonl, "w", encoding="utf-8") as out:
    out.writelines(json.dumps({"text": line.strip()}, ensure_ascii=False) + "\n" for line in lines if line.strip())

#!/usr/bin/env bash
# Train kg's German pipeline (kg/models/de_kg_news) end to end from open data.
#
#   PYTHON=.venv/bin/python bash training/run.sh      (or: make model)
#
# Steps: convert -> floret vectors -> UD training in the background while a
# GermEval-only NER teacher is trained, relabels the MISC-less corpora, and the
# NER student is trained (one thread per process) -> assemble -> evaluate ->
# copy into kg/models/de_kg_news + model card.
# Env: PYTHON (default python3), KG_SHARED (default ../shared, relative to the repo root).
# Budget: under 90 minutes on 2 cores. Seeds are fixed (spaCy seed 1234; one-thread floret).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
PYTHON="${PYTHON:-python3}"
case "$PYTHON" in /*) ;; */*) PYTHON="$ROOT/$PYTHON" ;; esac
SHARED="${KG_SHARED:-../shared}"
case "$SHARED" in /*) ;; *) SHARED="$ROOT/$SHARED" ;; esac
DATA="$SHARED/data"
T="$ROOT/training"
CORPUS="$T/corpus"
OUT="$T/output"
FINAL="$ROOT/kg/models/de_kg_news"
# step budgets (override for a quick smoke run, e.g. NER_STEPS=200 UD_STEPS=200)
TEACHER_STEPS="${TEACHER_STEPS:-1500}"
NER_STEPS="${NER_STEPS:-3000}"
UD_STEPS="${UD_STEPS:-2000}"
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1 PYTHONHASHSEED=0

mkdir -p "$CORPUS" "$OUT"
START=$(date +%s)
stamp() { echo "[run.sh $(date -u +%H:%M:%S), +$(( $(date +%s) - START ))s] $*"; }

stamp "python: $("$PYTHON" -c 'import sys, spacy; print(sys.version.split()[0], "spacy", spacy.__version__)')"
stamp "1/6 convert corpora from $DATA"
"$PYTHON" "$T/convert.py" "$DATA" "$CORPUS"

stamp "2/6 floret vectors on the permissive raw text"
nice -n 5 "$PYTHON" "$T/vectors.py" "$CORPUS/raw_text.txt" "$OUT/vectors" 64 50000 > "$OUT/vectors.log" 2>&1
rm -rf "$OUT/vectors_model"
"$PYTHON" -m spacy init vectors de "$OUT/vectors.floret" "$OUT/vectors_model" --mode floret > /dev/null

stamp "3/6 train the GermEval-only NER teacher ($TEACHER_STEPS steps) and UD ($UD_STEPS steps) in parallel"
rm -rf "$OUT/teacher" "$OUT/ner" "$OUT/ud"
nice -n 5 "$PYTHON" -m spacy train "$T/configs/ud.cfg" -o "$OUT/ud" \
    --paths.train "$CORPUS/ud_train.spacy" --paths.dev "$CORPUS/ud_select.spacy" \
    --paths.vectors "$OUT/vectors_model" --training.max_steps "$UD_STEPS" > "$OUT/ud.log" 2>&1 &
UD_PID=$!
nice -n 5 "$PYTHON" -m spacy train "$T/configs/ner.cfg" -o "$OUT/teacher" \
    --paths.train "$CORPUS/ner_train.spacy" --paths.dev "$CORPUS/ner_select.spacy" \
    --paths.vectors "$OUT/vectors_model" --training.max_steps "$TEACHER_STEPS" > "$OUT/teacher.log" 2>&1 \
    || { echo "teacher training failed, see $OUT/teacher.log"; exit 1; }
stamp "teacher done; relabel the MISC-less corpora with it"
# NER training mix: GermEval (in-domain, counted twice) + relabelled LER / Europeana / SmartData
rm -rf "$CORPUS/ner_mix" && mkdir -p "$CORPUS/ner_mix"
cp "$CORPUS/ner_train.spacy" "$CORPUS/ner_mix/ge1.spacy"
cp "$CORPUS/ner_train.spacy" "$CORPUS/ner_mix/ge2.spacy"
nice -n 5 "$PYTHON" "$T/relabel.py" "$OUT/teacher/model-best" "$CORPUS"/ner_aux_*.spacy "$CORPUS/ner_mix"
stamp "train the NER student ($NER_STEPS steps)"
nice -n 5 "$PYTHON" -m spacy train "$T/configs/ner.cfg" -o "$OUT/ner" \
    --paths.train "$CORPUS/ner_mix" --paths.dev "$CORPUS/ner_select.spacy" \
    --paths.vectors "$OUT/vectors_model" --training.max_steps "$NER_STEPS" > "$OUT/ner.log" 2>&1 \
    || { echo "NER training failed, see $OUT/ner.log"; exit 1; }
stamp "NER done"
wait "$UD_PID" || { echo "UD training failed, see $OUT/ud.log"; exit 1; }
stamp "UD done"

stamp "4/6 assemble"
rm -rf "$OUT/de_kg_news"
"$PYTHON" "$T/assemble.py" "$OUT/ud/model-best" "$OUT/ner/model-best" "$OUT/de_kg_news"

stamp "5/6 evaluate (held-out halves of GermEval dev and GSD dev)"
"$PYTHON" "$T/evaluate.py" "$OUT/de_kg_news" "$CORPUS" "$OUT/metrics.json"

stamp "6/6 copy into $FINAL and write the model card"
rm -rf "$FINAL"
cp -r "$OUT/de_kg_news" "$FINAL"
ELAPSED=$(( $(date +%s) - START ))
"$PYTHON" "$T/write_card.py" "$OUT/metrics.json" "$FINAL/README.md" "$ELAPSED" "$OUT/ner.log" "$OUT/ud.log"
stamp "done in $((ELAPSED / 60)) min"

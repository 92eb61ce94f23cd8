#!/usr/bin/env bash
# Train kg's German pipeline (kg/models/de_kg_news) end to end from open data.
#
#   PYTHON=.venv/bin/python bash training/run.sh      (or: make model)
#
# Steps: convert -> floret vectors -> training (RECIPE, below) -> assemble -> evaluate ->
# copy into kg/models/ (or $KG_MODEL_OUT) + model card.
# RECIPE=joint (default, kg's default pipeline kg/models/de_kg_news): a GermEval-only NER teacher
#   relabels the MISC-less corpora, then ONE run (configs/joint.cfg) trains a single shared
#   tok2vec for ner, parser, morphologizer and trainable_lemmatizer on the NER mix + the UD
#   treebank: about 10,000 words/s per core (see training/README.md). PRETRAIN=1 first runs
#   `spacy pretrain` on the raw text (configs/pretraining.cfg) and starts from its tok2vec.
# RECIPE=two (kg/models/de_kg_news_accurate, "--pipeline accurate"): UD training (configs/ud.cfg)
#   in the background while the same teacher is trained and relabels; then the NER student
#   (configs/ner.cfg, its own CNN); two encoders at inference: 2 points more held-out NER F1,
#   2.5x slower.
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
# KG_TRAIN_WORK: where the converted corpora and training outputs go (default training/), so
# that two trial runs can go side by side; JOINT_CONFIG: another config for RECIPE=joint
WORK="${KG_TRAIN_WORK:-$T}"
CORPUS="$WORK/corpus"
OUT="$WORK/output"
JOINT_CONFIG="${JOINT_CONFIG:-$T/configs/joint.cfg}"
# PRETRAIN=1 (RECIPE=joint): pretrain the tok2vec on the raw text first (not in the shipped model)
PRETRAIN="${PRETRAIN:-0}"
# KG_MODEL_OUT: where to ship (default kg/models/de_kg_news, or de_kg_news_accurate for RECIPE=two; set it for a trial run)
RECIPE="${RECIPE:-joint}"
# RECIPE=joint ships kg's default pipeline, RECIPE=two the accurate one ("--pipeline accurate")
if [ "$RECIPE" = joint ]; then SHIPPED=de_kg_news; else SHIPPED=de_kg_news_accurate; fi
FINAL="${KG_MODEL_OUT:-$ROOT/kg/models/$SHIPPED}"
case "$RECIPE" in two|joint) ;; *) echo "RECIPE must be two or joint"; exit 2 ;; esac
# step budgets (override for a quick smoke run, e.g. TEACHER_STEPS=200 NER_STEPS=200 UD_STEPS=200)
TEACHER_STEPS="${TEACHER_STEPS:-1500}"
NER_STEPS="${NER_STEPS:-3000}"
UD_STEPS="${UD_STEPS:-2000}"
JOINT_STEPS="${JOINT_STEPS:-4000}"
# the UD treebank (37k tokens) is repeated UD_COPIES times next to the NER mix (568k tokens)
UD_COPIES="${UD_COPIES:-5}"
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1 PYTHONHASHSEED=0

mkdir -p "$CORPUS" "$OUT"
START=$(date +%s)
stamp() { echo "[run.sh $(date -u +%H:%M:%S), +$(( $(date +%s) - START ))s] $*"; }

stamp "recipe $RECIPE; python: $("$PYTHON" -c 'import sys, spacy; print(sys.version.split()[0], "spacy", spacy.__version__)')"
stamp "1/6 convert corpora from $DATA"
"$PYTHON" "$T/convert.py" "$DATA" "$CORPUS"

stamp "2/6 floret vectors on the permissive raw text"
nice -n 5 "$PYTHON" "$T/vectors.py" "$CORPUS/raw_text.txt" "$OUT/vectors" 64 50000 > "$OUT/vectors.log" 2>&1
rm -rf "$OUT/vectors_model"
"$PYTHON" -m spacy init vectors de "$OUT/vectors.floret" "$OUT/vectors_model" --mode floret > /dev/null

# The GermEval-only NER teacher, then the NER training mix: GermEval (in-domain, counted twice)
# + LER / Europeana / SmartData relabelled by the teacher (they have no MISC of their own).
teacher_and_ner_mix() {
    nice -n 5 "$PYTHON" -m spacy train "$T/configs/ner.cfg" -o "$OUT/teacher" \
        --paths.train "$CORPUS/ner_train.spacy" --paths.dev "$CORPUS/ner_select.spacy" \
        --paths.vectors "$OUT/vectors_model" --training.max_steps "$TEACHER_STEPS" > "$OUT/teacher.log" 2>&1 \
        || { echo "teacher training failed, see $OUT/teacher.log"; exit 1; }
    stamp "teacher done; relabel the MISC-less corpora with it"
    rm -rf "$CORPUS/ner_mix" && mkdir -p "$CORPUS/ner_mix"
    cp "$CORPUS/ner_train.spacy" "$CORPUS/ner_mix/ge1.spacy"
    cp "$CORPUS/ner_train.spacy" "$CORPUS/ner_mix/ge2.spacy"
    nice -n 5 "$PYTHON" "$T/relabel.py" "$OUT/teacher/model-best" "$CORPUS"/ner_aux_*.spacy "$CORPUS/ner_mix"
}

if [ "$RECIPE" = joint ]; then
    # parser labels from the UD data alone (the parser's own label scan over the joint corpus
    # would projectivise every head-less NER doc and take many minutes)
    rm -rf "$OUT/ud_labels" "$OUT/pretrain"
    "$PYTHON" -m spacy init labels "$T/configs/ud.cfg" "$OUT/ud_labels" \
        --paths.train "$CORPUS/ud_train.spacy" --paths.dev "$CORPUS/ud_select.spacy" \
        --paths.vectors "$OUT/vectors_model" > /dev/null
    TRAIN_CONFIG="$JOINT_CONFIG"
    INIT_TOK2VEC=()
    if [ "$PRETRAIN" = 1 ]; then
        # the joint config plus configs/pretraining.cfg, and the raw text as JSON lines
        TRAIN_CONFIG="$OUT/joint_pretraining.cfg"
        "$PYTHON" "$T/pretraining_inputs.py" "$JOINT_CONFIG" "$T/configs/pretraining.cfg" "$TRAIN_CONFIG" \
            "$CORPUS/raw_text.txt" "$CORPUS/raw_text.jsonl"
        stamp "3/6 pretrain the tok2vec on the raw text (in the background)"
        nice -n 5 "$PYTHON" -m spacy pretrain "$TRAIN_CONFIG" "$OUT/pretrain" \
            --paths.vectors "$OUT/vectors_model" --paths.parser_labels "$OUT/ud_labels/parser.json" \
            --paths.raw_text "$CORPUS/raw_text.jsonl" > "$OUT/pretrain.log" 2>&1 &
        PRETRAIN_PID=$!
        INIT_TOK2VEC=(--paths.raw_text "$CORPUS/raw_text.jsonl" --paths.init_tok2vec "$OUT/pretrain/model-last.bin")
    fi
    stamp "3/6 train the GermEval-only NER teacher ($TEACHER_STEPS steps)"
    rm -rf "$OUT/teacher" "$OUT/joint"
    teacher_and_ner_mix
    # joint training data: NER mix + UD_COPIES x UD train; selection data: both selection halves
    rm -rf "$CORPUS/joint_train" "$CORPUS/joint_select" && mkdir -p "$CORPUS/joint_train" "$CORPUS/joint_select"
    cp "$CORPUS"/ner_mix/*.spacy "$CORPUS/joint_train/"
    for k in $(seq "$UD_COPIES"); do cp "$CORPUS/ud_train.spacy" "$CORPUS/joint_train/ud$k.spacy"; done
    # UD first: spaCy 3.8's Scorer.score_deps keeps the indices of unannotated tokens across docs,
    # so head-less NER docs read before the UD docs would hide most UD tokens from the UAS/LAS
    # used for checkpoint selection (the corpus reads the files in sorted order)
    cp "$CORPUS/ud_select.spacy" "$CORPUS/joint_select/1_ud_select.spacy"
    cp "$CORPUS/ner_select.spacy" "$CORPUS/joint_select/2_ner_select.spacy"
    if [ "$PRETRAIN" = 1 ]; then
        wait "$PRETRAIN_PID" || { echo "pretraining failed, see $OUT/pretrain.log"; exit 1; }
    fi
    stamp "train the joint pipeline ($JOINT_STEPS steps)"
    nice -n 5 "$PYTHON" -m spacy train "$TRAIN_CONFIG" -o "$OUT/joint" \
        --paths.train "$CORPUS/joint_train" --paths.dev "$CORPUS/joint_select" \
        --paths.vectors "$OUT/vectors_model" --paths.parser_labels "$OUT/ud_labels/parser.json" \
        ${INIT_TOK2VEC[@]+"${INIT_TOK2VEC[@]}"} --training.max_steps "$JOINT_STEPS" > "$OUT/joint.log" 2>&1 \
        || { echo "joint training failed, see $OUT/joint.log"; exit 1; }
    stamp "joint training done"
else
    stamp "3/6 train the GermEval-only NER teacher ($TEACHER_STEPS steps) and UD ($UD_STEPS steps) in parallel"
    rm -rf "$OUT/teacher" "$OUT/ner" "$OUT/ud"
    nice -n 5 "$PYTHON" -m spacy train "$T/configs/ud.cfg" -o "$OUT/ud" \
        --paths.train "$CORPUS/ud_train.spacy" --paths.dev "$CORPUS/ud_select.spacy" \
        --paths.vectors "$OUT/vectors_model" --training.max_steps "$UD_STEPS" > "$OUT/ud.log" 2>&1 &
    UD_PID=$!
    teacher_and_ner_mix
    stamp "train the NER student ($NER_STEPS steps)"
    nice -n 5 "$PYTHON" -m spacy train "$T/configs/ner.cfg" -o "$OUT/ner" \
        --paths.train "$CORPUS/ner_mix" --paths.dev "$CORPUS/ner_select.spacy" \
        --paths.vectors "$OUT/vectors_model" --training.max_steps "$NER_STEPS" > "$OUT/ner.log" 2>&1 \
        || { echo "NER training failed, see $OUT/ner.log"; exit 1; }
    stamp "NER done"
    wait "$UD_PID" || { echo "UD training failed, see $OUT/ud.log"; exit 1; }
    stamp "UD done"
fi

stamp "4/6 assemble"
rm -rf "$OUT/de_kg_news"
if [ "$RECIPE" = joint ]; then
    "$PYTHON" "$T/assemble.py" "$OUT/joint/model-best" "$OUT/de_kg_news"
else
    "$PYTHON" "$T/assemble.py" "$OUT/ud/model-best" "$OUT/ner/model-best" "$OUT/de_kg_news"
fi

stamp "5/6 evaluate (held-out halves of GermEval dev and GSD dev)"
"$PYTHON" "$T/evaluate.py" "$OUT/de_kg_news" "$CORPUS" "$OUT/metrics.json"

stamp "6/6 copy into $FINAL and write the model card"
rm -rf "$FINAL" && mkdir -p "$(dirname "$FINAL")"
cp -r "$OUT/de_kg_news" "$FINAL"
ELAPSED=$(( $(date +%s) - START ))
if [ "$RECIPE" = joint ]; then
    "$PYTHON" "$T/write_card.py" "$OUT/metrics.json" "$FINAL/README.md" "$ELAPSED" "$OUT/joint.log" "$OUT/teacher.log"
else
    "$PYTHON" "$T/write_card.py" "$OUT/metrics.json" "$FINAL/README.md" "$ELAPSED" "$OUT/ner.log" "$OUT/ud.log"
fi
stamp "done in $((ELAPSED / 60)) min"

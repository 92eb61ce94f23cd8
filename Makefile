# kg: two commands on a fresh machine.  `make demo` and `make test` create and use .venv.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
OUT := out
EXAMPLE := examples/falludscha-kerry.txt

.PHONY: demo test model vocab clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

demo: $(STAMP)
	rm -rf $(OUT)/store
	$(BIN)/kg build $(EXAMPLE) --store $(OUT)/store
	@for q in actors locations aid-offers sources; do \
		echo; echo "== kg query $$q"; $(BIN)/kg query $$q --store $(OUT)/store || exit 1; done
	$(BIN)/kg export --store $(OUT)/store -o $(OUT)/graph.ttl
	$(BIN)/kg graph --store $(OUT)/store -o $(OUT)/actors.html
	$(BIN)/kg graph --store $(OUT)/store -o $(OUT)/actors.png
	$(BIN)/kg validate --store $(OUT)/store

test: $(STAMP)
	sh scripts/install_chromium.sh
	$(BIN)/python -m pytest -q

# Retrain kg's German pipeline (kg/models/de_kg_news) from ../shared/data; see training/README.md.
model: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[train]'
	PYTHON=$(BIN)/python bash training/run.sh

# Regenerate kg/rdf/kg_vocab.py after editing ontologies/kg.ttl.
vocab: $(STAMP)
	$(BIN)/python scripts/generate_vocab.py

clean:
	rm -rf $(OUT) .pytest_cache

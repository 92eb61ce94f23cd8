"""Turn the trained pipeline(s) into kg's shipped pipeline (name, version, meta).

Usage: python training/assemble.py UD_MODEL NER_MODEL OUT_DIR     (RECIPE=two, default)
       python training/assemble.py JOINT_MODEL OUT_DIR            (RECIPE=joint)

two: the UD pipeline (tok2vec + morphologizer + trainable_lemmatizer + parser) is the base;
the NER component brings its own embedded tok2vec, so it is sourced as is (and put first). Both
were trained with the same static floret vectors, which the base already holds.
joint: the model-best of `spacy train configs/joint.cfg`, one tok2vec shared (listeners) by
ner, parser, morphologizer and trainable_lemmatizer; used as is.
In both, NER runs before the parser: placed after the parser it could not continue an entity
across a (wrong) parser sentence boundary (+0.7 F1 on the GermEval selection half).
"""
import sys

import spacy

joint = len(sys.argv) == 3
if joint:
    model, out = sys.argv[1:3]
    nlp = spacy.load(model)
    assert nlp.pipe_names == ["tok2vec", "ner", "parser", "morphologizer", "trainable_lemmatizer"], nlp.pipe_names
else:
    ud_path, ner_path, out = sys.argv[1:4]
    nlp = spacy.load(ud_path)
    ner_nlp = spacy.load(ner_path)
    nlp.add_pipe("ner", source=ner_nlp, first=True)
nlp.meta.update(
    {
        "lang": "de",
        # its own name, so that provenance (and incremental builds) tell the two pipelines apart
        "name": "kg_news" if joint else "kg_news_accurate",
        "version": "0.2.0",
        "description": "German pipeline for kg (news to RDF): UPOS/morphology, lemmas, "
        "UD dependencies and sentences, NER with PER/LOC/ORG/MISC. Trained only on "
        "CC0 / CC BY / CC BY-SA data; see README.md (model card).",
        "author": "kg contributors",
        "license": "CC BY-SA 4.0",
        "url": "",
        "email": "",
        "sources": [
            {"name": "GermEval 2014 NER (NoSta-D)", "license": "CC BY 4.0"},
            {"name": "LER German Legal Entity Recognition", "license": "CC BY 4.0"},
            {"name": "DFKI SmartData Corpus v1", "license": "CC BY 4.0"},
            {"name": "Europeana Newspapers NER (German)", "license": "CC0 1.0"},
            {"name": "UD German-GSD", "license": "CC BY-SA 4.0"},
            {"name": "UD German-PUD", "license": "CC BY-SA 3.0"},
        ],
    }
)
nlp.to_disk(out)
print("pipeline", nlp.pipe_names, "->", out)

"""Building, training and evaluating the section classifier (not needed at run time).

``dataset``      labelled sections: the written corpus and references into the real reports
``weak_labels``  derives the reference file ``corpora/training/real_weak_labels.jsonl``
``model``        the scikit-learn pipelines (one per genre, plus measure topics)
``evaluate``     cross-validation by document, held-out split, neutral-heading test, model card
"""

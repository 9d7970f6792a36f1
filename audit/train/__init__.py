"""Training: refit the models from the project's own training data (+ reviewer decisions).

``sentences`` trains the sentence classifiers, ``goals`` the goal model,
``from_annotations`` turns reviewer decisions into training sentences, ``output``
decides where a run writes (never over the shipped model unless asked).
"""

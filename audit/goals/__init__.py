"""Goals stage: extract every care-plan goal (``extract``), score its concreteness (``rules`` +
``model`` -> ``score``) and signal goal adjustment (``changes``); ``stage`` runs them for a dossier.

Kept free of imports so that importing one part (``audit.goals.rules`` from the goal
model, say) does not pull in the whole stage.
"""

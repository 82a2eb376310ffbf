"""Long chrome lines that read like prose: the site speaking about itself in sentences (terms,
disclaimers, licences, newsletter pitches, long copyright footers, rows of legal links).

Each family is matched by the site's own voice ("this site", "our", "you", an imperative to the
reader); the SURVIVORS are article sentences that talk about the same things and must stay.
The lines are made up for the tests, in several languages.
"""

from __future__ import annotations

import pytest

import cleaner

# Paragraphs long enough to count as prose: the removal budget weighs a long notice against them.
PARA = ("The senior envoys met in Seoul on Friday for the first time in four months to discuss the talks, "
        "and both sides said afterwards that the meeting had been useful.")
PARA_DE = ("Die Regierung hat am Dienstag angekündigt, dass sie ihre Pläne noch vor dem Sommer vorlegen werde, "
           "und die Opposition verlangte eine Debatte im Parlament.")

# (rule id, chrome line)
CHROME = [
    # Copyright footers that go on with the site's terms, longer than a copyright line.
    ("legal-notice", "© 2004-2021 Example Health Media Ltd, a Big Holding Company. All rights reserved. Example Health is a "
                     "registered trade mark. Any medical information published on this website is not intended as a "
                     "substitute for informed medical advice."),
    ("legal-notice", "Copyright © 2018 Example Magazine, Inc. Reproduction of material from any Example Magazine pages "
                     "without written permission is strictly prohibited. EXAMPLE is registered in the U.S. Patent and "
                     "Trademark Office."),
    ("legal-notice", "© 2022 Beispiel Verlag GmbH & Co. KG. Alle Rechte vorbehalten. Die Inhalte dieser Website dienen "
                     "nur der allgemeinen Information und ersetzen keine persönliche Beratung durch einen Fachmann."),
    # Terms accepted by using the site.
    ("legal-notice", "Use of this website constitutes acceptance of our User Agreement and Privacy Policy and Cookie Statement."),
    ("legal-notice", "By using this site, you agree to our Terms of Service and acknowledge our Privacy Policy."),
    ("legal-notice", "This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply."),
    ("legal-notice", "Mit der Nutzung dieser Website erklären Sie sich mit unseren Nutzungsbedingungen und der Datenschutzerklärung einverstanden."),
    ("legal-notice", "En utilisant ce site, vous acceptez nos conditions générales d'utilisation."),
    ("legal-notice", "Al utilizar este sitio web, usted acepta nuestros términos de uso y la política de privacidad."),
    ("legal-notice", "Utilizzando questo sito accetti i termini e le condizioni d'uso."),
    ("legal-notice", "Door gebruik te maken van deze website ga je akkoord met onze algemene voorwaarden."),
    ("legal-notice", "Ao utilizar este site, você concorda com os termos de uso e a política de privacidade."),
    ("legal-notice", "Korzystając z serwisu akceptujesz regulamin oraz politykę prywatności."),
    # Rows of legal links with dashes between them or items that are no link of the vocabulary.
    ("legal-notice", "Archiv – RSS – Impressum – Datenschutz – 2011-2023 by Erika Muster – Powered by Pelican"),
    ("legal-notice", "IMPRESSUM | DATENSCHUTZ | COPYRIGHT MAX MUSTER | EIN PROJEKT VON BEISPIEL"),
    ("legal-notice", "Nutzungsbedingungen | Datenschutzrichtlinie | Impressum/Offenlegung | Werben auf beispiel.at"),
    ("legal-notice", "About - Contact - Privacy Policy - Terms of Use - 2024 Example Weekly"),
]

# Article sentences on the same topics: the site is not speaking about itself.
SURVIVORS = [
    "By using the app, users agree to share their location with the company, the report found.",
    "Use of the site constitutes a large share of the traffic, the company said in its annual report.",
    "Mit der Nutzung der App stimmen die Kunden der Weitergabe ihrer Daten zu, kritisieren Verbraucherschützer.",
    "En utilisant ce site pendant des années, les lecteurs ont appris à lire les cartes météo.",
    "The © symbol was first used in 1909, and all rights reserved became a standard phrase decades later.",
    "Copyright lawyers say reproduction of the material without written permission is prohibited in most countries.",
    "Das Impressum - so der Anwalt - und die Datenschutzerklärung fehlten auf der Seite des Händlers.",
    "Privacy - the right to be left alone - matters to voters more than terms of trade.",
]


def removed_by(text: str) -> dict[str, str]:
    return {d.text.strip(): d.rule for d in cleaner.explain(text).decisions}


@pytest.mark.parametrize("rule, line", CHROME, ids=[f"{r}-{line[:30]}" for r, line in CHROME])
def test_site_speaking_about_itself_goes(rule, line):
    text = f"{PARA}\n\n{PARA_DE}\n\n{line}\n\n{PARA.replace('Seoul', 'Tokyo')}"
    result = cleaner.explain(text)
    removed = {d.text.strip(): d.rule for d in result.decisions}
    assert removed.get(line) == rule, f"{removed.get(line)} ({result.kept})"
    assert PARA in result.text and PARA_DE in result.text


@pytest.mark.parametrize("line", SURVIVORS)
def test_sentences_about_the_same_things_stay_in_the_body(line):
    assert cleaner.explain(f"{PARA}\n\n{line}\n\n{PARA_DE}").decisions == ()


@pytest.mark.parametrize("line", SURVIVORS)
def test_sentences_about_the_same_things_stay_at_the_end(line):
    assert cleaner.clean(f"{PARA}\n\n{PARA_DE}\n\n{line}").endswith(line)

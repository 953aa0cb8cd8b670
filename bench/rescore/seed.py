"""Plays the seed attempts of a rescore benchmark through the API: a trainee answers the scenario with the rubric's
exemplars, counter-examples, both, or little, so the cards to rescore are varied. Usage: seed.py URL SLUG ATTEMPTS"""
import base64
import json
import sys
import urllib.request

URL, SLUG, ATTEMPTS = sys.argv[1].rstrip("/"), sys.argv[2], int(sys.argv[3])


def call(method, path, user, body=None):
    request = urllib.request.Request(URL + path, method=method, data=None if body is None else json.dumps(body).encode())
    request.add_header("Authorization", "Basic " + base64.b64encode(f"{user}:demo".encode()).decode())
    request.add_header("Content-Type", "application/json")
    with urllib.request.urlopen(request) as answer:
        text = answer.read()
        return json.loads(text) if text else None


criteria = call("GET", f"/api/scenarios/{SLUG}/rubric", "trainer")["criteria"]


def answer(step, style):
    said = []
    for criterion in criteria:
        if step not in criterion["steps"]:
            continue
        evidence = criterion["evidence"]
        good = evidence.get("exemplars") or []
        poor = evidence.get("counterExamples") or []
        if criterion["kind"] == "PENALTY":
            pool = good if style == "poor" else []
        else:
            pool = {"good": good, "poor": poor, "mixed": good[:1] + poor[:1]}.get(style, [])
        said.extend(pool[:1] if style != "mixed" else pool)
    return " ".join(said) or "Okay, one moment."


for number in range(ATTEMPTS):
    style = ["good", "poor", "mixed", "little"][number % 4]
    attempt = call("POST", "/api/attempts", "trainee", {"scenario": SLUG})
    for _ in range(10):
        if not attempt.get("currentStep"):
            break
        step = attempt["currentStep"]["key"]
        call("POST", f"/api/attempts/{attempt['id']}/turns", "trainee", {"step": step, "text": answer(step, style)})
        attempt = call("GET", f"/api/attempts/{attempt['id']}", "trainee")
    print(f"seed attempt {number + 1}: {style}, {attempt['status']}, {len(attempt['turns'])} turns,"
          f" {round(100 * attempt['result']['share']) if attempt.get('result') else '-'} %")

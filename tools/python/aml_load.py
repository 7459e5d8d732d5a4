"""Loads rendered Azure ML YAML with Microsoft's azure-ai-ml client, in one process.

Usage: python aml_load.py RENDERED_DIR...  For each folder, every aml/pipeline.yaml and
aml/baseline.yaml goes through load_job, every aml/components/*/spec.yaml through
load_component, every aml/datastores/*.yaml through load_datastore and every aml/data/*.yaml
through load_data. Prints one line per file
(OK or the validation error) and exits 1 if any file failed.
"""

import sys
from pathlib import Path


def signature_problems(entity, path):
    """Steps of a pipeline whose inputs do not match their component: an undeclared input, or a
    required input left unset. load_job itself checks neither."""
    import yaml

    raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    problems = []
    for name, node in sorted(getattr(entity, "jobs", {}).items()):
        component = getattr(node, "component", None)
        declared = getattr(component, "inputs", None)
        if declared is None:
            continue  # a registered component (azureml:name:version): nothing local to compare
        given = set(((raw.get("jobs") or {}).get(name) or {}).get("inputs") or {})
        for k in sorted(given - set(declared.keys())):
            problems.append(f"step {name} sets input {k}, which its component does not declare")
        for k, spec in sorted(declared.items()):
            if not getattr(spec, "optional", False) and k not in given:
                problems.append(f"step {name} leaves required input {k} of its component unset")
    return problems


def main(argv):
    from azure.ai.ml import load_component, load_data, load_datastore, load_job

    failed = 0
    loaded = 0
    for root in argv:
        aml = Path(root) / "aml"
        files = [(load_job, p) for p in sorted(aml.glob("*.yaml"))]
        files += [(load_component, p) for p in sorted(aml.glob("components/*/spec.yaml"))]
        files += [(load_datastore, p) for p in sorted(aml.glob("datastores/*.yaml"))]
        files += [(load_data, p) for p in sorted(aml.glob("data/*.yaml"))]
        for load, path in files:
            try:
                entity = load(source=str(path))
                loaded += 1
            except Exception as e:
                failed += 1
                print(f"FAIL {path}: {type(e).__name__}: {str(e).strip()}")
                continue
            for problem in signature_problems(entity, path):
                failed += 1
                print(f"FAIL {path}: {problem}")
    print(f"loaded {loaded} file(s), {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

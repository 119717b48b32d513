"""Small changes to a pack's YAML text that keep everything else as the person wrote it.

ruamel.yaml's round-trip mode reads the text into maps and lists that remember their comments,
key order and quoting, and writes them back unchanged except where a value was set: renaming a
hand-written routine leaves its comments where they were.
"""

from __future__ import annotations

import io
from typing import Any

import yaml as pyyaml
from ruamel.yaml import YAML
from ruamel.yaml.error import YAMLError
from ruamel.yaml.resolver import BaseResolver


class YamlEditError(ValueError):
    """The text could not be read or changed as a pack; the message says why."""


class LoaderResolver(BaseResolver):
    """Reads a plain scalar as the app's loader does (PyYAML's YAML 1.1 safe rules), not by
    ruamel.yaml's own: ``0E0`` stays text (ruamel's rules read a float), ``yes`` is true. The
    same rules decide on saving which texts need quotes, so that the loader reads back what
    was written."""

    def __init__(self, version: Any = None, loader: Any = None, loadumper: Any = None) -> None:
        del version  # one set of rules, whatever a %YAML line says
        super().__init__(loadumper if loadumper is not None else loader)

    @property
    def processing_version(self) -> Any:
        return (1, 1)  # the parser and the integer rules (010 is octal) as PyYAML has them


for _first, _rules in pyyaml.resolver.Resolver.yaml_implicit_resolvers.items():
    for _tag, _regexp in _rules:
        LoaderResolver.add_implicit_resolver_base(_tag, _regexp, [_first])


def round_trip_yaml() -> YAML:
    """ruamel.yaml's round-trip mode with the loader's rules for plain scalars."""
    yaml = YAML(typ="rt")
    yaml.Resolver = LoaderResolver
    yaml.preserve_quotes = True
    yaml.width = 4096  # lines stay as the person broke them; none is re-wrapped
    yaml.indent(mapping=2, sequence=4, offset=2)
    return yaml


_yaml = round_trip_yaml


def set_title_and_id(text: str, *, title: str | None = None,
                     pack_id: str | None = None) -> str:
    """``text`` with the pack's title (its shown text; a spoken form is set alike) and id
    replaced; everything else, comments included, as it was."""
    yaml = _yaml()
    try:
        document: Any = yaml.load(text)
    except YAMLError as exc:
        raise YamlEditError(f"the routine's file cannot be read ({exc})") from None
    if not isinstance(document, dict):
        raise YamlEditError("the routine's file does not hold a pack")
    if pack_id is not None:
        document["id"] = pack_id
    if title is not None:
        current = document.get("title")
        if isinstance(current, dict):
            if "text" in current:
                current["text"] = title
                if "say" in current:
                    current["say"] = title
            else:  # a map from language to text: change the pack's own language only
                language = str(document.get("language", "en"))
                own = current.get(language)
                if isinstance(own, dict) and "text" in own:
                    own["text"] = title
                    if "say" in own:
                        own["say"] = title
                else:
                    current[language] = title
        else:
            document["title"] = title
    out = io.StringIO()
    yaml.dump(document, out)
    return out.getvalue()

#!/usr/bin/env bash
# Creates the demo project with tessera-cli if it is missing: make-demo.sh BUILD_DIR
# The media are copied beside the project so that it is self-contained.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${1:-$root/build}"
cli="$build/app/cli/tessera-cli"
demo="$build/demo"
project="$demo/demo.tessera"
tmp="$demo/demo-creating.tessera"
rm -f "$tmp"
[ -f "$project" ] && { echo "demo: $project exists"; exit 0; }

mkdir -p "$demo"
cp -r "$root/resources/demo/images" "$root/resources/demo/texts" "$root/resources/demo/comparisons.jsonl" \
    "$root/resources/demo/text-annotations.jsonl" "$root/resources/demo/org-terms.txt" "$demo/"
"$cli" init "$tmp" --name "Tessera demo" >/dev/null
while IFS=$'\t' read -r name colour hotkey kinds attributes; do
    case "$name" in ''|'#'*) continue ;; esac
    args=(labels "$tmp" add "$name" --color "$colour" --hotkey "$hotkey" --kinds "$kinds")
    IFS=',' read -ra attrs <<< "${attributes:-}"
    for a in "${attrs[@]}"; do [ -n "$a" ] && args+=(--attribute "$a"); done
    "$cli" "${args[@]}" >/dev/null
done < "$root/resources/demo/labels.tsv"
"$cli" add-images "$tmp" "$demo/images" >/dev/null
"$cli" add-text "$tmp" "$demo"/texts/*.txt "$demo/comparisons.jsonl" >/dev/null
# Spans, relations and classes on two of the texts; the third is left for the span rules, whose
# proposals (dates and organisations) wait to be accepted or rejected.
"$cli" import "$tmp" "$demo/text-annotations.jsonl" --format doccano >/dev/null
"$cli" task "$tmp" --fields summary >/dev/null
"$cli" rules "$tmp" --add 'DATE=/\b\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}\b/' \
    --add "ORG=@$demo/org-terms.txt" --run >/dev/null
# A review issue with a reply, pinned to the rocket nobody has labelled yet on the first image.
TESSERA_USER=reviewer "$cli" issue "$tmp" --asset 1 --add "The rocket on the right is not labelled yet" \
    --region 372,8,84,236 >/dev/null
TESSERA_USER=annotator "$cli" issue "$tmp" --reply 1 "Will do: box or polygon?" >/dev/null
mv "$tmp" "$project"
echo "demo: created $project"

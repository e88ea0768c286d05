# The same 8 checks as reference_checks.py, for `jq -c -f reference_checks.jq FILE.jsonl`.
def current: [(.work // [])[] | select((.endDate // "") == "")];
def trimmed: (. // "") | gsub("^\\s+|\\s+$"; "");
(.basics // {}) as $b
| current as $cur
| (($cur[0].summary // "") | trimmed) as $desc
| ($b.label | trimmed) as $hl
| (($cur[0].position // "") | trimmed | ascii_downcase) as $title
| {
    "photo": (($b.image // "") != ""),
    "headline": (($hl | length) > 0 and ($hl | length) <= 220 and ($hl | ascii_downcase) != $title),
    "about": (($b.summary | trimmed | length) as $n | $n >= 300 and $n <= 2600),
    "current-position": ($cur | length > 0),
    "role-description": (($desc | length) as $n | $n >= 200 and $n <= 2000),
    "past-positions": (((.work // []) | length) - ($cur | length) >= 2),
    "education": (((.education // []) | length) >= 1),
    "skills": (((.skills // []) | length) >= 5)
  } as $r
| {"photo": 10, "headline": 10, "about": 8, "current-position": 10, "role-description": 8, "past-positions": 6, "education": 6, "skills": 6} as $w
| {name: $b.name,
   score: ((([$r | to_entries[] | select(.value) | $w[.key]] | add // 0) * 100 / 64) | round),
   failed: [$r | to_entries[] | select(.value | not) | .key]}

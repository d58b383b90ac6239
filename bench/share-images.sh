#!/usr/bin/env bash
# Prints how long share images take: builds a generated site of N models (default 1000) twice
# into the same output, first with no previous output (every image drawn), then unchanged (every
# image reused), then with one title changed (one image drawn again).
# Usage: bench/share-images.sh [N]   (after: mvn -q package -DskipTests)
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-1000}
JAR=target/portal.jar
[ -f "$JAR" ] || { echo "build the jar first: mvn -q package -DskipTests" >&2; exit 2; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
SITE=$WORK/site
mkdir -p "$SITE/content/models"
printf 'title: Thử hiệu năng\nbase_url: https://thu.example.vn/\n' > "$SITE/content/site.yaml"
PROVINCES=(ha-noi ha-tinh can-tho ca-mau ho-chi-minh nghe-an lao-cai dak-lak)
for i in $(seq 1 "$N"); do
  cat > "$SITE/content/models/mo-hinh-$i.md" <<MD
---
title: Mô hình sinh kế giảm nghèo số $i của hội nông dân xã
province: ${PROVINCES[$((i % ${#PROVINCES[@]}))]}
model_type: sinh-ke
date: 2023-01-01
summary: Mô hình thử số $i.
---
Nội dung.
MD
done

run() {
  local TIMEFORMAT="%R %U %S" t
  t=$( { time java -jar "$JAR" build --site "$SITE" --out "$WORK/out" > /dev/null; } 2>&1 )
  read -r wall user sys <<< "$t"
  printf '%-48s %7s s wall  %7s s CPU\n' "$1" "$wall" "$(awk "BEGIN {print $user + $sys}")"
}

echo "$N models, $(nproc) cores, load average $(cut -d' ' -f1 /proc/loadavg) (wall time suffers from other work; CPU time less)"
run "build, no previous output (all images drawn)"
run "build again, nothing changed (all reused)"
sed -i 's/^title: Mô hình sinh kế giảm nghèo số 1 /title: Mô hình đã sửa tên số 1 /' "$SITE/content/models/mo-hinh-1.md"
run "build after one title changed (1 drawn)"
echo "images: $(find "$WORK/out" -name 'anh-chia-se-*.png' | wc -l), $(du -sh --apparent-size "$WORK/out" | cut -f1) in total output"

#!/usr/bin/env bash
# Load test of `pacto serve` search on loopback with wrk: concurrent
# searches for a mix of queries (with and without diacritics, with filters,
# pages and API), bounded in time, against 127.0.0.1 only. Prints wrk's
# latency distribution and one summary line with p50 and p99.
#
#   bash scripts/load-test.sh [--db PATH] [--connections 100] [--seconds 10] [--threads 2] [--release] [--mix fixed|distinct]
#
# --mix fixed (the default) cycles through 10 paths, as a few popular
# searches would: after the first round they are answered from the server's
# cache. --mix distinct draws every request at random (1 to 3 words of 200,
# a year, a province, a page, page or API), so nearly every one is a new
# search that the record must run.
#
# Without --db it imports Fixtures/ (and ../shared/corpus/articles when
# present) into a fresh record. --release measures a release build.
set -euo pipefail
cd "$(dirname "$0")/.."
db="" connections=100 seconds=10 threads=2 config=debug mix=fixed
while [ $# -gt 0 ]; do
  case "$1" in
    --db) db=$2; shift 2 ;;
    --connections) connections=$2; shift 2 ;;
    --seconds) seconds=$2; shift 2 ;;
    --threads) threads=$2; shift 2 ;;
    --release) config=release; shift ;;
    --mix) mix=$2; shift 2 ;;
    *) echo "usage: $0 [--db PATH] [--connections N] [--seconds N] [--threads N] [--release] [--mix fixed|distinct]" >&2; exit 2 ;;
  esac
done
# Bounds: a load test here never runs long or wide.
[ "$seconds" -le 60 ] || { echo "load-test: --seconds at most 60" >&2; exit 2; }
[ "$connections" -le 1000 ] || { echo "load-test: --connections at most 1000" >&2; exit 2; }
case "$mix" in fixed|distinct) ;; *) echo "load-test: --mix fixed or distinct" >&2; exit 2 ;; esac

if ! command -v wrk >/dev/null 2>&1; then
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -q </dev/null >/dev/null
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q wrk </dev/null >/dev/null
fi

work=$(mktemp -d)
server=""
cleanup() {
  if [ -n "$server" ] && kill -0 "$server" 2>/dev/null; then kill "$server" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

swift build -c "$config" --product pacto >"$work/build.log" 2>&1 || { cat "$work/build.log" >&2; exit 1; }
pacto="$(swift build -c "$config" --show-bin-path)/pacto"

if [ -z "$db" ]; then
  db="$work/pacto.sqlite"
  sources=(Fixtures/seeds Fixtures/html)
  [ -d ../shared/corpus/articles ] && sources+=(../shared/corpus/articles)
  "$pacto" import --quiet --db "$db" "${sources[@]}"
fi
"$pacto" serve --db "$db" --host 127.0.0.1 --port 0 --log-level warning >"$work/serve.out" 2>"$work/serve.log" &
server=$!
base=""
for _ in $(seq 1 100); do
  base=$(grep -o 'http://127\.0\.0\.1:[0-9]*' "$work/serve.out" 2>/dev/null | head -1 || true)
  [ -n "$base" ] && break
  sleep 0.1
done
[ -n "$base" ] || { cat "$work/serve.log" >&2; echo "load-test: server did not start" >&2; exit 1; }
case "$base" in http://127.0.0.1:*) ;; *) echo "load-test: not loopback: $base" >&2; exit 1 ;; esac
echo "load-test: record $(curl -s "$base/api/health"); server $base ($config)" >&2

if [ "$mix" = fixed ]; then
# Each request takes the next path of the mix.
cat >"$work/mix.lua" <<'LUA'
local paths = {
  "/api/search?q=ky+cuong",
  "/api/search?q=giao+uoc&year=2024",
  "/api/search?q=thi+dua",
  "/api/search?q=Long+An&organizer=C%E1%BB%A5m+VIII",
  "/api/search?q=k%E1%BB%B7+c%C6%B0%C6%A1ng",
  "/api/search?q=hoi+nghi&province=T%C3%A2y+Ninh",
  "/api/search?q=pacto+emulacion&lang=es",
  "/?q=ky+ket+giao+uoc",
  "/?q=tong+ket&page=2",
  "/api/search?q=cum+truong&limit=50",
}
local n = 0
request = function()
  n = n + 1
  return wrk.format("GET", paths[(n % #paths) + 1])
end
LUA
else
# Each request is drawn at random: words of the record's articles (with
# their diacritics), sometimes a year or a province, a page, page or API.
cat >"$work/mix.lua" <<'LUA'
local words = {}
for w in string.gmatch([[
bộ ước nội đại xây dựng đồng với an trường quả có hiệu chủ triển hành xã tài nước viên tiêu đạo pháp
dung được del văn tập dân thảo chí emulación trưởng chỉ đoàn nguyên học tư sự en cho los môi tạo ngày
quan đề dự tâm mạnh thể tham ban cơ khai tế quyết trị toàn là ủy đảng nhân tốt huyện nam kế mới trọng
kinh hoạt hoạch gồm ninh phương cao làm tiếp theo bình về hoàn phố phòng ngành quốc phó định yêu thống
trung biểu tặng nhất lao việc xuất tổng đẩy sáng thời hình tịch lãnh las para quy tích tục minh ubnd
đạt đổi cấp lý đó hóa qua địa luật để hải người thức tiến thanh thông bảo hà luận quản long nhà chất ra
những cách bằng thuộc truyền góp lượng nông gia clúster año vận tuyên nâng kỷ hướng sắc trên thắng đốc
lực con chế đầu lợi giám đấu nghiệp ty nhiều thôn gắn viii un pacto que thứ hồ diện vào chiều tháng cực
phú hợp giải por bản phạm vững đăng giáo dương cán huy kịp tưởng đức tăng sách quyền khu phấn mưu cờ
]], "%S+") do words[#words + 1] = w end
local provinces = { "Long An", "Tây Ninh", "Đồng Tháp", "Hà Nội", "Đà Nẵng", "Nghệ An" }
math.randomseed(os.time() + tonumber(tostring({}):match("0x(%x+)") or "0", 16))
local function enc(s)
  return (s:gsub("[^%w]", function(c) return string.format("%%%02X", string.byte(c)) end))
end
request = function()
  local q = {}
  for i = 1, math.random(1, 3) do q[i] = words[math.random(#words)] end
  local path = (math.random() < 0.5 and "/api/search?q=" or "/?q=") .. enc(table.concat(q, " "))
  local r = math.random()
  if r < 0.25 then
    path = path .. "&year=" .. math.random(2012, 2025)
  elseif r < 0.40 then
    path = path .. "&province=" .. enc(provinces[math.random(#provinces)])
  end
  local page = math.random(1, 3)
  if page > 1 then path = path .. "&page=" .. page end
  return wrk.format("GET", path)
end
LUA
fi
timeout $((seconds + 30)) wrk -t"$threads" -c"$connections" -d"${seconds}s" --timeout 5s --latency -s "$work/mix.lua" "$base" | tee "$work/wrk.out"
p50=$(awk '$1 == "50%" {print $2}' "$work/wrk.out")
p99=$(awk '$1 == "99%" {print $2}' "$work/wrk.out")
rps=$(awk '/Requests\/sec/ {print $2}' "$work/wrk.out")
errors=$(grep -E 'Non-2xx|Socket errors' "$work/wrk.out" || true)
echo "load-test: $connections connections, ${seconds}s, $config, mix $mix: p50 $p50, p99 $p99, $rps requests/s${errors:+; $errors}"

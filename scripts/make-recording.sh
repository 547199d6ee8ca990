#!/usr/bin/env bash
# Makes the sample recording Samples/data/recordings/khabar/2012-01-11T2200.ogg: three minutes of the
# Khabar evening news of 11 January 2012 (the demo's transcript), read by espeak-ng and encoded by
# ffmpeg as Opus at 12 kbit/s (about 270 KB). Named by local start time, as `serve --media` expects.
# Needs: apt-get install -y espeak-ng ffmpeg
set -euo pipefail
cd "$(dirname "$0")/.."
out=Samples/data/recordings/khabar/2012-01-11T2200.ogg
seconds=180
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# One line spoken every 30 s: the transcript's first cue (Kazakh), its second (Russian), and the
# time, so a listener (or a test) hears where the playhead is.
lines=(
  "kk|Хабар. Жиырма екі сағат. Сарапшылардың пікірінше, Нұр Отан өңірлерде белсенді үгіт жүргізуде."
  "ru|Двадцать два часа тридцать секунд. Представители партии Ак жол рассказали о планах в социальной сфере."
  "ru|Двадцать два часа одна минута. ОСДП провела встречу с избирателями и представила свои предложения."
  "kk|Жиырма екі сағат бір минут отыз секунд. Ауыл партиясы сайлаушылармен кездесіп, өз ұсыныстарын таныстырды."
  "ru|Двадцать два часа две минуты. Представители партии Әділет рассказали о планах в социальной сфере."
  "kk|Жиырма екі сағат екі минут отыз секунд. Хабар жаңалықтары."
)
inputs=()
filters=""
for i in "${!lines[@]}"; do
  voice=${lines[$i]%%|*}
  text=${lines[$i]#*|}
  espeak-ng -v "$voice" -s 150 -w "$work/line$i.wav" "$text"
  inputs+=(-i "$work/line$i.wav")
  filters+="[$i:a]adelay=$((i * 30000))|$((i * 30000))[a$i];"
done
mix=""
for i in "${!lines[@]}"; do mix+="[a$i]"; done
filters+="${mix}amix=inputs=${#lines[@]}:normalize=0,apad,atrim=0:${seconds},aresample=48000[out]"

mkdir -p "$(dirname "$out")"
ffmpeg -hide_banner -loglevel error -y "${inputs[@]}" -filter_complex "$filters" -map "[out]" \
  -ac 1 -c:a libopus -b:a 12k -application voip -metadata title="Khabar 2012-01-11 22:00 (mediamon sample)" "$out"
ls -l "$out"

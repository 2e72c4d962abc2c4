// SPDX-License-Identifier: GPL-3.0-or-later
// Converts the chinese-days package's data (dist/chinese-days.json) into EstateDesk's calendar
// CSV (DESIGN §4): header "date,kind,name", one line per date, kind "holiday" or "workday",
// the Chinese name of the holiday. Run by update-calendar.sh; the program itself needs no network.
import { readFileSync } from 'node:fs';

const data = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const rows = new Map();
const chineseName = (value) => {
  // "National Day,国庆节,3" -> "国庆节"
  const parts = String(value).split(',');
  return parts.length > 1 ? parts[1] : parts[0];
};
for (const [date, value] of Object.entries(data.holidays)) rows.set(date, ['holiday', chineseName(value)]);
for (const [date, value] of Object.entries(data.workdays)) {
  if (rows.has(date)) throw new Error(`${date} is both a holiday and a working day`);
  rows.set(date, ['workday', `${chineseName(value)}调休上班`]);
}
const lines = ['date,kind,name'];
for (const date of [...rows.keys()].sort()) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new Error(`bad date ${date}`);
  const [kind, name] = rows.get(date);
  lines.push(`${date},${kind},${name.replace(/[",\r\n]/g, ' ')}`);
}
process.stdout.write(lines.join('\n') + '\n');

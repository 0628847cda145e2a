// Reads a borne ticket (formats 1 and 2, see docs/handoff.md) in the browser, offline.
// Every field is range-checked as in src/handoff/payload.rs: nothing decoded can make
// the page throw.
"use strict";

function base32Decode(text) {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  const clean = text.trim().toUpperCase().replace(/=+$/, "");
  let bits = 0, value = 0;
  const out = [];
  for (const ch of clean) {
    const v = alphabet.indexOf(ch);
    if (v < 0) return null;
    value = (value << 5) | v;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return out;
}

// CRC-16/IBM-3740: polynomial 0x1021, initial 0xFFFF, no reflection.
function crc16(bytes) {
  let crc = 0xffff;
  for (const b of bytes) {
    crc ^= b << 8;
    for (let i = 0; i < 8; i++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc;
}

// Hours from 2024-01-01 to 2100-01-01: no ticket is dated later.
const MAX_HOUR = 666216;
const MAX_PATH = 32;
const FLAG_DISCREET = 1;

// The ticket's fields, or { error } when the code is not a readable ticket:
// "unreadable" (not a code, cut short, damaged), "newer" (a format this page does not
// know), "date" (a date past 2100).
function parseTicket(code) {
  const b = base32Decode(code.includes("#") ? code.slice(code.lastIndexOf("#") + 1) : code);
  if (!b || b.length < 1 || b[0] === 0) return { error: "unreadable" };
  if (b[0] > 2) return { error: "newer" };
  // Format 2 has a flags byte before the path length.
  const header = b[0] === 1 ? 25 : 26;
  if (b.length < header + 2) return { error: "unreadable" };
  const n = b[header - 1];
  if (n > MAX_PATH || b.length !== header + n + 2) return { error: "unreadable" };
  const crc = (b[header + n] << 8) | b[header + n + 1];
  if (crc16(b.slice(0, header + n)) !== crc) return { error: "unreadable" };
  const u16 = (i) => (b[i] << 8) | b[i + 1];
  const hex = (from, to) => b.slice(from, to).map((x) => x.toString(16).padStart(2, "0")).join("");
  const hour = ((b[20] << 24) >>> 0) + (b[21] << 16) + (b[22] << 8) + b[23];
  if (hour > MAX_HOUR) return { error: "date" };
  const flags = b[0] === 1 ? 0 : b[24];
  if ((flags & ~FLAG_DISCREET) !== 0) return { error: "newer" };
  const discreet = (flags & FLAG_DISCREET) !== 0;
  if (discreet && n > 0) return { error: "unreadable" };
  return {
    fingerprint: hex(1, 5),
    version: [u16(5), u16(7), u16(9)],
    hash: hex(11, 15),
    language: b[15],
    kiosk: u16(16).toString(16).padStart(4, "0"),
    ticket: u16(18),
    hour: hour,
    discreet: discreet,
    steps: b.slice(header, header + n),
  };
}

// The path's node ids, or null when the ticket is from another pack or version.
function pathOf(t, pack) {
  if (t.fingerprint !== pack.fingerprint || t.hash !== pack.hash) return null;
  if (t.version.join(".") !== pack.version.join(".")) return null;
  const path = [pack.root];
  let node = pack.nodes[pack.root];
  for (const step of t.steps) {
    const id = node && node.choices[step];
    if (!id || !pack.nodes[id]) return null;
    path.push(id);
    node = pack.nodes[id];
  }
  return path;
}

// What the page shows for a code: the ticket, its language and path (none when it is
// discreet or from other content), and whether it is dated over a day after `now`
// (milliseconds since 1970, the browser's clock by default).
function readTicket(code, pack, now) {
  const t = parseTicket(code);
  if (t.error) return { ok: false, error: t.error };
  const lang = pack.languages[t.language] || null;
  const issued = Date.UTC(2024, 0, 1) + t.hour * 3600 * 1000;
  const clock = now === undefined ? Date.now() : now;
  return {
    ok: true,
    ticket: t,
    language: lang && lang.code,
    discreet: t.discreet,
    path: t.discreet ? null : pathOf(t, pack),
    future: issued > clock + 24 * 3600 * 1000,
  };
}

// Display: French beside the resident's language. Text only (textContent).
function render(result, pack, out) {
  const L = pack.labels;
  out.textContent = "";
  const add = (parent, tag, text, cls) => {
    const e = document.createElement(tag);
    if (text !== undefined) e.textContent = text;
    if (cls) e.className = cls;
    parent.appendChild(e);
    return e;
  };
  if (!result.ok) {
    const reason = { date: "page-bad-date", newer: "page-newer" }[result.error] || "page-unknown";
    add(out, "p", L[reason], "problem");
    return;
  }
  const t = result.ticket;
  const date = new Date(Date.UTC(2024, 0, 1) + t.hour * 3600 * 1000).toISOString();
  const lang = pack.languages[t.language];
  // Fill the `{name}` slots of a French label from Fluent.
  const fill = (label, values) => label.replace(/\{(\w+)\}/g, (m, k) => (k in values ? String(values[k]) : m));
  const day = date.slice(8, 10) + "/" + date.slice(5, 7) + "/" + date.slice(0, 4);
  add(out, "p", fill(L["page-ticket"], { ticket: t.ticket, date: day, hour: date.slice(11, 13), kiosk: t.kiosk }), "meta");
  add(out, "p", fill(L["page-person-language"], { name: lang ? lang.name : "?", code: lang ? lang.code : "?" }), "meta");
  if (result.future) add(out, "p", L["page-future"], "problem");
  if (result.discreet) {
    add(out, "p", L["page-discreet"], "notice");
    return;
  }
  if (!result.path) {
    add(out, "p", L["page-other"], "problem");
    return;
  }
  const cols = add(out, "div", undefined, "cols");
  const langs = [[pack.default_language, L["page-french"], L["page-documents"], L["page-where"], false]];
  if (lang && lang.code !== pack.default_language) langs.push([lang.code, lang.name, lang.documents, lang.where, lang.rtl]);
  for (const [code, name, docsLabel, whereLabel, rtl] of langs) {
    const col = add(cols, "section", undefined, "col");
    col.lang = code;
    col.dir = rtl ? "rtl" : "ltr";
    add(col, "h2", name);
    const text = (key) => (pack.texts[code] && pack.texts[code][key]) || pack.texts[pack.default_language][key] || "";
    const ol = add(col, "ol");
    for (const id of result.path.slice(1)) {
      const node = pack.nodes[id];
      const li = add(ol, "li");
      add(li, "strong", text("node-" + id));
      if (node.kind === "result") {
        add(li, "p", text("node-" + id + ".text"));
        if (node.documents.length) {
          add(li, "h3", docsLabel);
          const ul = add(li, "ul");
          for (const d of node.documents) add(ul, "li", text("doc-" + d));
        }
        if (node.services.length) {
          add(li, "h3", whereLabel);
          for (const s of node.services) {
            const svc = pack.services[s];
            if (!svc) continue;
            const name = (svc.names && svc.names[code]) || svc.nom;
            const lines = [name, svc.adresse, [svc.code_postal, svc.commune].filter(Boolean).join(" "), svc.telephone, svc.site_web];
            const p = add(li, "p");
            p.dir = "ltr";
            p.textContent = lines.filter(Boolean).join(" — ");
            // The usual week in words in this column's language (or the raw text).
            const hours = svc.horaires && (svc.horaires[code] || svc.horaires[pack.default_language]);
            if (Array.isArray(hours)) {
              const ul = add(li, "ul", undefined, "hours");
              for (const line of hours) add(ul, "li", line);
            }
          }
        }
      }
    }
  }
}

if (typeof document !== "undefined") {
  const pack = JSON.parse(document.getElementById("pack").textContent);
  const L = pack.labels;
  document.getElementById("intro").textContent = L["page-intro"];
  document.getElementById("code-label").textContent = L["page-code-label"];
  document.getElementById("read").textContent = L["page-read"];
  document.getElementById("privacy").textContent = L["page-privacy"];
  const out = document.getElementById("out");
  const show = (code) => {
    try {
      render(readTicket(code, pack), pack, out);
    } catch {
      // Never a blank page: whatever went wrong, the mediator is told the code is unreadable.
      out.textContent = "";
      const p = document.createElement("p");
      p.className = "problem";
      p.textContent = L["page-unknown"];
      out.appendChild(p);
    }
  };
  document.getElementById("read").addEventListener("click", () => show(document.getElementById("code").value));
  if (location.hash.length > 1) show(location.hash.slice(1));
} else if (typeof module !== "undefined") {
  module.exports = { parseTicket, readTicket, render, crc16, base32Decode };
}

// Drive Debian's Chromium (through playwright-core, no Playwright-downloaded browser) to an
// exported timeline page and print what it saw as one JSON object on stdout:
//   {consoleErrors, pageErrors, blockedRequests, failedRequests, badResponses, slides, configSlides,
//    markers, firstEvent: {id, headline, date}, titleHeadline, pwned, dialogs, statusText}
// Usage: node drive.js URL [SCREENSHOT.png|-] [SLIDE_ID ...]   (each SLIDE_ID is visited and read too)
// Env: CHROMIUM (default /usr/bin/chromium), DRIVE_TIMEOUT_MS (default 30000).
// Only requests to the page's own host are allowed; every other request is blocked and listed,
// so the test proves the page works offline with the local TimelineJS copy.
"use strict";

const { chromium } = require("playwright-core");

async function main() {
  const [url, shot, ...visit] = process.argv.slice(2);
  const screenshot = shot && shot !== "-" ? shot : null;
  if (!url) throw new Error("usage: node drive.js URL [SCREENSHOT.png]");
  const timeout = Number(process.env.DRIVE_TIMEOUT_MS || 30000);
  const origin = new URL(url).origin;
  const result = {
    consoleErrors: [], pageErrors: [], blockedRequests: [], failedRequests: [], dialogs: [],
  };
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    headless: true,
    args: [
      "--no-sandbox", "--disable-gpu", "--disable-background-networking",
      "--disable-component-update", "--no-first-run", "--disable-dev-shm-usage",
    ],
    timeout,
  });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
    const page = await context.newPage();
    page.setDefaultTimeout(timeout);
    await page.route("**/*", (route) => {
      const requested = route.request().url();
      if (requested.startsWith(origin + "/") || requested.startsWith("data:")) return route.continue();
      result.blockedRequests.push(requested);
      return route.abort("blockedbyclient");
    });
    page.on("console", (msg) => {
      if (msg.type() === "error") result.consoleErrors.push(msg.text());
    });
    page.on("pageerror", (err) => result.pageErrors.push(String(err && err.message || err)));
    page.on("requestfailed", (req) => {
      if (!result.blockedRequests.includes(req.url())) {
        result.failedRequests.push(`${req.url()} ${req.failure() ? req.failure().errorText : ""}`);
      }
    });
    result.badResponses = [];
    page.on("response", (response) => {
      if (response.status() >= 400) result.badResponses.push(`${response.status()} ${response.url()}`);
    });
    page.on("dialog", async (dialog) => {
      result.dialogs.push(dialog.message());
      await dialog.dismiss();
    });

    await page.goto(url, { waitUntil: "load" });
    // TimelineJS builds the slides asynchronously (language, then data, then layout).
    await page.waitForFunction(
      () => (window.timeline && window.timeline.config && window.timeline._loaded &&
        window.timeline._loaded.storyslider && window.timeline._loaded.timenav) ||
        (document.getElementById("timeline-status") && !document.getElementById("timeline-status").hidden),
      null, { timeout },
    ).catch((err) => result.pageErrors.push("timeline did not finish loading: " + err.message));

    const seen = await page.evaluate(() => {
      const tl = window.timeline;
      const status = document.getElementById("timeline-status");
      const out = {
        slides: document.querySelectorAll("#timeline-embed .tl-slide").length,
        markers: document.querySelectorAll("#timeline-embed .tl-timemarker").length,
        configSlides: tl && tl.config ? tl.config.events.length + (tl.config.title ? 1 : 0) : null,
        statusText: status && !status.hidden ? status.textContent : null,
        titleHeadline: null,
        firstEvent: null,
      };
      const title = document.querySelector("#timeline-embed .tl-slide-titleslide .tl-headline");
      if (title) out.titleHeadline = title.innerText;
      if (tl && tl.config && tl.config.events.length) {
        const id = tl.config.events[0].unique_id;
        tl.goToId(id);
        out.firstEvent = { id };
      }
      return out;
    });
    Object.assign(result, seen);
    if (result.firstEvent) {
      // Let the slider move to the first event, then read what a reader sees there.
      await page.waitForTimeout(1200);
      const shown = await page.evaluate((id) => {
        const slide = document.getElementById(id);
        if (!slide) return { headline: null, date: null, visible: false };
        const text = (sel) => {
          const el = slide.querySelector(sel);
          return el ? el.innerText.trim() : null;
        };
        const box = slide.getBoundingClientRect();
        return {
          headline: text(".tl-headline"),
          date: text(".tl-headline-date"),
          visible: box.width > 0 && box.left >= -5 && box.left < window.innerWidth,
        };
      }, result.firstEvent.id);
      Object.assign(result.firstEvent, shown);
    }
    result.visited = [];
    for (const id of visit) {
      await page.evaluate((id) => window.timeline && window.timeline.goToId(id), id);
      await page.waitForTimeout(900);
      result.visited.push(await page.evaluate((id) => {
        const slide = document.getElementById(id);
        const text = (sel) => { const el = slide && slide.querySelector(sel); return el ? el.innerText.trim() : null; };
        return { id, found: !!slide, headline: text(".tl-headline"), date: text(".tl-headline-date"), body: text(".tl-text-content") };
      }, id));
    }
    // The page as a whole: nothing article-derived may have become an element or a javascript: link.
    result.dom = await page.evaluate(async () => {
      const all = (sel) => document.querySelectorAll(sel).length;
      const holder = document.getElementById("timeline-data");
      const embedded = holder ? JSON.parse(holder.textContent) : { events: [] };
      let served = null;
      if (holder) try {
        const response = await fetch("timeline.json", { cache: "no-store" });
        if (response.ok) {
          const data = await response.json();
          served = { events: data.events.length, sameIds: JSON.stringify(data.events.map((e) => e.unique_id)) === JSON.stringify(embedded.events.map((e) => e.unique_id)) };
        }
      } catch (e) { served = { error: String(e) }; }
      return {
        scripts: all("script"), scriptsWithoutSrc: all("script:not([src])"),
        onerror: all("[onerror]"), onload: all("[onload]"), iframes: all("iframe"), svgs: all("main svg"),
        javascriptLinks: all('a[href^="javascript:" i]'), listItems: all("li.event"),
        embeddedEvents: embedded.events.length, served,
        listText: document.querySelector("main") ? document.querySelector("main").innerText : "",
      };
    });
    await page.waitForTimeout(300); // late errors (images, fonts) surface here
    result.pwned = await page.evaluate(() => (typeof window.__pwned === "undefined" ? null : window.__pwned));
    if (screenshot) await page.screenshot({ path: screenshot, fullPage: false });
  } finally {
    await browser.close();
  }
  process.stdout.write(JSON.stringify(result) + "\n");
}

main().catch((err) => {
  process.stdout.write(JSON.stringify({ fatal: String(err && err.stack || err) }) + "\n");
  process.exit(2);
});

// Draws the app icon and the sample site's images with Chromium (run once by hand; the PNGs are committed).
import { chromium } from 'playwright-core'

const shots = [
  ['assets/icon.png', 512, 512, `<div style="width:512px;height:512px;border-radius:96px;background:linear-gradient(135deg,#4f46e5,#ec4899);display:flex;align-items:center;justify-content:center">
    <svg width="300" height="300" viewBox="0 0 24 24" fill="none" stroke="white" stroke-width="1.6" stroke-linecap="round"><rect x="9" y="2" width="6" height="12" rx="3"/><path d="M5 10a7 7 0 0 0 14 0M12 17v4M8 21h8"/></svg></div>`],
  ['resources/sample-site/content/talk/0001-welcome/studio-desk.png', 800, 450, `<div style="width:800px;height:450px;background:linear-gradient(#fde68a,#f59e0b);position:relative;font-family:sans-serif">
    <div style="position:absolute;left:0;right:0;bottom:0;height:120px;background:#78350f"></div>
    <div style="position:absolute;left:200px;bottom:120px;width:30px;height:160px;background:#374151;border-radius:15px 15px 0 0"></div>
    <div style="position:absolute;left:560px;bottom:120px;width:30px;height:160px;background:#374151;border-radius:15px 15px 0 0"></div>
    <div style="position:absolute;left:360px;bottom:120px;width:90px;height:60px;background:#111;border-radius:45px 45px 10px 10px"></div>
    <div style="position:absolute;left:24px;top:20px;font-size:36px;color:#78350f;font-weight:bold">studio desk</div></div>`],
  ['resources/sample-site/content/talk/0002-tokyo-meetup/meetup-gear.png', 800, 450, `<div style="width:800px;height:450px;background:linear-gradient(#bae6fd,#0ea5e9);position:relative;font-family:sans-serif">
    <div style="position:absolute;left:250px;top:120px;width:300px;height:200px;background:#1f2937;border-radius:24px"></div>
    <div style="position:absolute;left:290px;top:160px;width:120px;height:120px;background:#9ca3af;border-radius:60px"></div>
    <div style="position:absolute;left:440px;top:170px;width:70px;height:20px;background:#f87171"></div>
    <div style="position:absolute;left:24px;top:20px;font-size:36px;color:#0c4a6e;font-weight:bold">meetup gear</div></div>`]
]

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-background-networking'] })
const page = await browser.newPage()
for (const [file, width, height, html] of shots) {
  await page.setViewportSize({ width, height })
  await page.setContent(`<body style="margin:0;background:transparent">${html}</body>`)
  await page.screenshot({ path: file, omitBackground: true, clip: { x: 0, y: 0, width, height } })
  console.log('wrote', file)
}
await browser.close()

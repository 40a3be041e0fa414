import { launchChromium } from '/work/main/tests/tools/chromium.js';
import sirv from 'sirv'; import { createServer } from 'node:http';
const serve = sirv('build',{extensions:['html']});
const srv = createServer((q,s)=>serve(q,s,()=>{s.statusCode=404;s.end()})); await new Promise(r=>srv.listen(0,'127.0.0.1',r));
const base=`http://127.0.0.1:${srv.address().port}`;
const b = await launchChromium();
for (const w of [360, 640, 960]) for (const view of ['timeline','map','both']) for (const js of [true,false]) {
 const p = await (await b.newContext({viewport:{width:w,height:800}, javaScriptEnabled: js})).newPage();
 await p.goto(`${base}/geneva-2022/embed/?view=${view}`); if (js) await p.waitForFunction(()=>document.body.dataset.hydrated==='true'); await p.waitForTimeout(300);
 console.log(w, view, js?'js':'nojs', await p.evaluate(()=>Math.ceil(document.documentElement.getBoundingClientRect().height)));
 await p.context().close();
}
await b.close(); srv.close();

/*! Diplomatic Timeline embed parent (ES5): sizes iframe[data-timeline-embed] from AMP embed-size
or Pym height messages of its own window; asks with frames-init at start and on load. */
(function(w,d){
function ask(f){var c=f.contentWindow;c&&c.postMessage({sentinel:'amp',type:'frames-init'},'*')}
function watch(f){if(!f.tlw){f.tlw=1;f.addEventListener('load',function(){ask(f)});ask(f)}}
function each(g){for(var l=d.querySelectorAll('iframe[data-timeline-embed]'),i=0;i<l.length;i++)g(l[i])}
function scan(){each(watch)}
w.addEventListener('message',function(e){
var m=e.data,h,p;
if(typeof m=='string'){p=m.split('xPYMx');p[0]=='pym'&&p[2]=='height'&&/^\d+\.?\d*$/.test(p[3])&&(h=+p[3])}
else if(m&&m.sentinel=='amp'&&m.type=='embed-size'&&m.height===+m.height)h=m.height;
h>=0&&each(function(f){if(e.source&&f.contentWindow==e.source){watch(f);f.height=Math.min(5e3,Math.max(100,Math.ceil(h)))}})
});
scan();d.readyState=='loading'&&d.addEventListener('DOMContentLoaded',scan)
})(window,document);

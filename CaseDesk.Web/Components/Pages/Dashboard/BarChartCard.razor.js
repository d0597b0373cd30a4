// MudBlazor's bar chart reports a click on a bar only as the index of its series; this reports which bar it was.
// Bars are drawn series by series, each series in the order of the labels.
export function listen(host, component) {
    const handler = event => {
        const bar = event.target.closest('path.mud-chart-bar');
        if (!bar || !host.contains(bar)) {
            return;
        }
        const bars = Array.from(host.querySelectorAll('path.mud-chart-bar'));
        component.invokeMethodAsync('BarClicked', bars.indexOf(bar), bars.length);
    };
    host.addEventListener('click', handler);
    host._cdBarClick = handler;
    host.dataset.barClick = 'ready';
}

export function stop(host) {
    if (host && host._cdBarClick) {
        host.removeEventListener('click', host._cdBarClick);
        delete host._cdBarClick;
        delete host.dataset.barClick;
    }
}

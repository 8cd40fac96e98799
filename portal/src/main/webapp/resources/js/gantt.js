/*
 * The Gantt page's chart (plan/gantt.xhtml, GanttView): an SVG drawn from the JSON in the container's data-gantt
 * attribute. Self-written because no Gantt library is in the build's Maven mirror and Chart.js (bundled with
 * PrimeFaces) draws neither dependency arrows nor diamonds nor a day-resolution scrolling axis. The labels stay in a
 * fixed column on the left; the time area scrolls sideways. Every bar carries a <title> with its dates, so hovering
 * shows them, and data-code, so tests find it.
 */
var KeelsonGantt = (function () {
    var SVG = 'http://www.w3.org/2000/svg';
    var ROW = 24;
    var HEADER = 34;
    var DAY = 86400000;

    function day(iso) {
        var p = iso.split('-');
        return Date.UTC(+p[0], +p[1] - 1, +p[2]) / DAY;
    }

    function el(name, attributes, parent) {
        var node = document.createElementNS(SVG, name);
        Object.keys(attributes).forEach(function (key) {
            node.setAttribute(key, attributes[key]);
        });
        if (parent) {
            parent.appendChild(node);
        }
        return node;
    }

    function title(node, text) {
        el('title', {}, node).textContent = text;
    }

    function formatter(locale) {
        var format = new Intl.DateTimeFormat(locale, {year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'UTC'});
        return function (iso) {
            return iso ? format.format(new Date(day(iso) * DAY)) : '—';
        };
    }

    /** Axis ticks: Mondays at week zoom, month starts at month zoom, quarter starts at quarter zoom. */
    function ticks(from, to, zoom, locale) {
        var result = [];
        var date = new Date(from * DAY);
        date.setUTCDate(1);
        if (zoom === 'week') {
            date = new Date(from * DAY);
            date.setUTCDate(date.getUTCDate() - ((date.getUTCDay() + 6) % 7));
        } else if (zoom === 'quarter') {
            date.setUTCMonth(date.getUTCMonth() - date.getUTCMonth() % 3);
        }
        var monthLabel = new Intl.DateTimeFormat(locale, {year: 'numeric', month: 'short', timeZone: 'UTC'});
        var weekLabel = new Intl.DateTimeFormat(locale, {month: '2-digit', day: '2-digit', timeZone: 'UTC'});
        while (date.getTime() / DAY <= to) {
            var label = zoom === 'week' ? weekLabel.format(date) : zoom === 'quarter'
                ? date.getUTCFullYear() + ' Q' + (date.getUTCMonth() / 3 + 1) : monthLabel.format(date);
            result.push({day: date.getTime() / DAY, label: label});
            if (zoom === 'week') {
                date.setUTCDate(date.getUTCDate() + 7);
            } else {
                date.setUTCMonth(date.getUTCMonth() + (zoom === 'quarter' ? 3 : 1));
            }
        }
        return result;
    }

    function render(id) {
        var container = document.getElementById(id);
        if (!container) {
            return;
        }
        var data = JSON.parse(container.getAttribute('data-gantt'));
        container.innerHTML = '';
        if (!data.rows || !data.from) {
            return;
        }
        var fmt = formatter(data.locale);
        var from = day(data.from) - 7;
        var to = day(data.to) + 14;
        var ppd = data.pixelsPerDay;
        var width = Math.ceil((to - from) * ppd);
        var height = HEADER + data.rows.length * ROW;
        var x = function (d) {
            return (d - from) * ppd;
        };
        var index = {};
        data.rows.forEach(function (row, i) {
            index[row.code] = i;
        });

        var labels = el('svg', {'class': 'kp-gantt-labels', width: 340, height: height}, container);
        var scroller = document.createElement('div');
        scroller.className = 'kp-gantt-scroll';
        // the timeline scrolls sideways: keyboard users reach it with Tab and scroll it with the arrow keys
        scroller.tabIndex = 0;
        scroller.setAttribute('role', 'region');
        scroller.setAttribute('aria-label', container.getAttribute('data-label') || '');
        container.appendChild(scroller);
        var chart = el('svg', {'class': 'kp-gantt-chart', width: width, height: height,
            'data-zoom': data.zoom}, scroller);
        var defs = el('defs', {}, chart);
        var marker = el('marker', {id: id + '-arrow', viewBox: '0 0 6 6', refX: 6, refY: 3, markerWidth: 6,
            markerHeight: 6, orient: 'auto'}, defs);
        el('path', {d: 'M0,0 L6,3 L0,6 z', 'class': 'kp-gantt-arrowhead'}, marker);

        ticks(from, to, data.zoom, data.locale).forEach(function (tick) {
            el('line', {x1: x(tick.day), x2: x(tick.day), y1: HEADER - 8, y2: height, 'class': 'kp-gantt-grid'}, chart);
            el('text', {x: x(tick.day) + 3, y: HEADER - 12, 'class': 'kp-gantt-tick'}, chart).textContent = tick.label;
        });

        data.rows.forEach(function (row, i) {
            var top = HEADER + i * ROW;
            var rowClass = 'kp-gantt-row' + (i % 2 ? ' kp-gantt-odd' : '');
            el('rect', {x: 0, y: top, width: width, height: ROW, 'class': rowClass}, chart);
            el('rect', {x: 0, y: top, width: 340, height: ROW, 'class': rowClass}, labels);
            var label = el('text', {x: 6 + (row.level - 1) * 14, y: top + 16, 'class': 'kp-gantt-label'
                    + (row.summary ? ' kp-gantt-label-summary' : '') + (row.critical ? ' kp-gantt-label-critical' : ''),
                'data-code': row.code}, labels);
            var name = row.code + ' ' + row.name;
            label.textContent = name.length > 40 ? name.substring(0, 39) + '…' : name;
            title(label, name);

            var details = name + '\n' + data.labels.start + ' ' + fmt(row.start) + '  ' + data.labels.finish + ' '
                + fmt(row.finish) + '\n' + data.labels.baselineDates + ' ' + fmt(row.baselineStart) + ' – '
                + fmt(row.baselineFinish) + '\n' + data.labels.percent + ' ' + row.percent + ' %'
                + (row.critical ? '\n' + data.labels.critical : '');
            var group = el('g', {'class': 'kp-gantt-item', 'data-code': row.code}, chart);
            title(group, details);
            if (row.baselineStart && row.baselineFinish) {
                el('rect', {x: x(day(row.baselineStart)), y: top + 16, height: 4, 'class': 'kp-gantt-baseline',
                    width: Math.max(2, (day(row.baselineFinish) + 1 - day(row.baselineStart)) * ppd)}, group);
            }
            if (!row.start) {
                return;
            }
            if (row.milestone) {
                var cx = x(day(row.finish) + (day(row.finish) > day(row.start) ? 1 : 0));
                el('polygon', {points: [cx, top + 3, cx + 7, top + 10, cx, top + 17, cx - 7, top + 10].join(' '),
                    'class': 'kp-gantt-milestone' + (row.critical ? ' kp-gantt-critical' : '')}, group);
                return;
            }
            var barWidth = Math.max(2, (day(row.finish) + 1 - day(row.start)) * ppd);
            var classes = 'kp-gantt-bar' + (row.summary ? ' kp-gantt-summary' : '')
                + (row.critical ? ' kp-gantt-critical' : '');
            el('rect', {x: x(day(row.start)), y: top + (row.summary ? 6 : 4), width: barWidth,
                height: row.summary ? 6 : 10, 'class': classes}, group);
            if (row.percent > 0) {
                el('rect', {x: x(day(row.start)), y: top + (row.summary ? 8 : 7), height: row.summary ? 2 : 4,
                    width: barWidth * row.percent / 100, 'class': 'kp-gantt-progress'}, group);
            }
        });

        data.links.forEach(function (link) {
            var a = data.rows[index[link.from]];
            var b = data.rows[index[link.to]];
            if (!a || !b || !a.start || !b.start) {
                return;
            }
            var fromStart = link.type === 'SS' || link.type === 'SF';
            var toFinish = link.type === 'FF' || link.type === 'SF';
            var x1 = fromStart ? x(day(a.start)) : x(day(a.finish) + 1);
            var x2 = toFinish ? x(day(b.finish) + 1) : x(day(b.start));
            var y1 = HEADER + index[link.from] * ROW + 9;
            var y2 = HEADER + index[link.to] * ROW + 9;
            var bend = fromStart ? Math.min(x1, x2) - 6 : x1 + 6;
            var path = 'M' + x1 + ',' + y1 + ' H' + bend + ' V' + y2 + ' H' + x2;
            el('path', {d: path, 'class': 'kp-gantt-link', 'marker-end': 'url(#' + id + '-arrow)',
                'data-from': link.from, 'data-to': link.to}, chart);
        });

        [['statusDate', 'kp-gantt-status'], ['deadline', 'kp-gantt-deadline']].forEach(function (line) {
            var iso = data[line[0]];
            if (iso) {
                var lineX = x(day(iso) + (line[0] === 'deadline' ? 1 : 0));
                var group = el('g', {'class': line[1]}, chart);
                el('line', {x1: lineX, x2: lineX, y1: 0, y2: height}, group);
                el('text', {x: lineX + 3, y: 10}, group).textContent = data.labels[line[0]] + ' ' + fmt(iso);
                title(group, data.labels[line[0]] + ' ' + fmt(iso));
            }
        });
        if (data.statusDate) {
            scroller.scrollLeft = Math.max(0, x(day(data.statusDate)) - scroller.clientWidth / 2);
        }
    }

    return {render: render};
})();

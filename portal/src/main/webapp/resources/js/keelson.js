/*
 * Accessibility help for PrimeFaces widgets. Keyboard access to the WBS tree: PrimeFaces draws each fold/unfold toggle as a plain <span>, which neither
 * takes focus nor answers keys. Each toggle becomes a focusable button stating its row and state, and Enter or
 * Space clicks it. Rows arrive by Ajax as nodes open, so toggles are (re)labelled whenever the tree changes.
 */
(function () {
    'use strict';

    function label(toggle) {
        var row = toggle.closest('tr');
        var code = row ? (row.querySelector('td') || row).textContent.trim() : '';
        var table = toggle.closest('[data-toggle-label]');
        return (table ? table.getAttribute('data-toggle-label') : '') + ' ' + code;
    }

    /* A chart's canvas (role img) is described by its figure's caption. */
    function describeCharts(root) {
        root.querySelectorAll('figure canvas[role="img"]:not([aria-labelledby])').forEach(function (canvas) {
            var caption = canvas.closest('figure').querySelector('figcaption[id]');
            if (caption) {
                canvas.setAttribute('aria-labelledby', caption.id);
            }
        });
    }

    function prepare(root) {
        describeCharts(root);
        root.querySelectorAll('.ui-treetable-toggler').forEach(function (toggle) {
            if (toggle.style.visibility === 'hidden') {
                return;
            }
            toggle.setAttribute('tabindex', '0');
            toggle.setAttribute('role', 'button');
            toggle.setAttribute('aria-label', label(toggle).trim());
            toggle.setAttribute('aria-expanded', String(toggle.classList.contains('ui-icon-triangle-1-s')));
        });
    }

    document.addEventListener('keydown', function (event) {
        var target = event.target;
        if ((event.key === 'Enter' || event.key === ' ') && target.classList
                && target.classList.contains('ui-treetable-toggler')) {
            event.preventDefault();
            target.click();
        }
    });

    document.addEventListener('DOMContentLoaded', function () {
        prepare(document);
        var pending = false;
        new MutationObserver(function () {
            if (!pending) {
                pending = true;
                window.requestAnimationFrame(function () {
                    pending = false;
                    prepare(document);
                });
            }
        }).observe(document.body, {subtree: true, childList: true, attributes: true, attributeFilter: ['class']});
    });
}());

/*
 * Extender of the simulation results' charts (p:chart extender="keelsonChart"): Chart.js takes no functions through
 * JSON, so the server puts each point's tooltip, formatted in the reader's language as the tables are, in the
 * dataset's kpTooltips array; this shows it after the series' name.
 */
window.keelsonChart = function () {
    'use strict';
    var options = this.cfg.config.options = this.cfg.config.options || {};
    options.plugins = options.plugins || {};
    options.plugins.tooltip = options.plugins.tooltip || {};
    options.plugins.tooltip.callbacks = {
        label: function (item) {
            var texts = item.dataset.kpTooltips;
            var text = texts && texts[item.dataIndex] ? texts[item.dataIndex] : item.formattedValue;
            return (item.dataset.label ? item.dataset.label + ': ' : '') + text;
        }
    };
};

package org.keelson.reports.chart;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Picks a font family that draws Chinese. JFreeChart's default (Tahoma/SansSerif) shows boxes for 汉字 on most
 * servers, so charts ask for WenQuanYi Zen Hei (Debian fonts-wqy-zenhei) or another known CJK family, then for
 * any installed family that can display Chinese, and only then fall back to the logical SansSerif font.
 */
public final class ChartFonts {

    static final String SAMPLE = "计划实际风险矩阵完工日期";
    private static final List<String> PREFERRED = List.of("WenQuanYi Zen Hei", "Noto Sans CJK SC", "Source Han Sans SC",
            "Microsoft YaHei", "SimHei", "PingFang SC", "WenQuanYi Micro Hei", "AR PL UMing CN");
    private static volatile String family;

    private ChartFonts() {
    }

    public static String family() {
        String result = family;
        if (result == null) {
            result = resolve();
            family = result;
        }
        return result;
    }

    public static Font font(int style, int size) {
        return new Font(family(), style, size);
    }

    /** Whether the chosen font can draw Chinese; false means labels may show boxes on this machine. */
    public static boolean drawsChinese() {
        return font(Font.PLAIN, 12).canDisplayUpTo(SAMPLE) == -1;
    }

    private static String resolve() {
        Set<String> installed = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        installed.addAll(Arrays.asList(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames()));
        for (String candidate : PREFERRED) {
            if (installed.contains(candidate)) {
                return candidate;
            }
        }
        for (String candidate : installed) {
            if (new Font(candidate, Font.PLAIN, 12).canDisplayUpTo(SAMPLE) == -1) {
                return candidate;
            }
        }
        return Font.SANS_SERIF;
    }
}

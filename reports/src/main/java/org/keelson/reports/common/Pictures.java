package org.keelson.reports.common;

import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/** Embeds a PNG chart in a sheet, anchored to a cell range so it prints where it is placed. */
public final class Pictures {

    private Pictures() {
    }

    public static void embed(Sheet sheet, byte[] png, int column, int row, int columns, int rows) {
        Workbook workbook = sheet.getWorkbook();
        int index = workbook.addPicture(png, Workbook.PICTURE_TYPE_PNG);
        Drawing<?> drawing = sheet.createDrawingPatriarch();
        ClientAnchor anchor = workbook.getCreationHelper().createClientAnchor();
        anchor.setCol1(column);
        anchor.setRow1(row);
        anchor.setCol2(column + columns);
        anchor.setRow2(row + rows);
        anchor.setAnchorType(ClientAnchor.AnchorType.MOVE_DONT_RESIZE);
        drawing.createPicture(anchor, index);
    }
}

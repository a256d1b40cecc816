"""The floor under any export that puts record pages on the packet's paper: pikepdf (qpdf)
alone, in one process, with nothing else a packet needs (no sandbox, no cleaning of the
pages, no cover, summary, contents or index). Each source page becomes a form XObject drawn
on A4 above a footer of standard Helvetica, "Page N of M". Run by bench/packet.py beside
the export and qpdf's merge: the ratio it reaches against the merge is what is left of the
issue's 3x for everything else.

Run alone: python bench/packet_floor.py OUT.pdf FILE.pdf... (prints pages and CPU seconds)."""

from __future__ import annotations

import sys
import time


def place(files: list[str], out: str) -> int:
    import pikepdf

    pdf = pikepdf.new()
    font = pdf.make_indirect(
        pikepdf.Dictionary(
            Type=pikepdf.Name.Font,
            Subtype=pikepdf.Name.Type1,
            BaseFont=pikepdf.Name.Helvetica,
            Encoding=pikepdf.Name.WinAnsiEncoding,
        )
    )
    sources = []
    count = 0
    for name in files:
        source = pikepdf.open(name)
        sources.append(source)  # open until saved: qpdf copies streams when writing
        for page in source.pages:
            count += 1
            form = pdf.copy_foreign(page.as_form_xobject())
            box = pikepdf.Rectangle(page.mediabox)
            scale = min(595 / box.width, (842 - 60) / box.height)
            x = (595 - box.width * scale) / 2
            sheet = pdf.add_blank_page(page_size=(595, 842))
            sheet.obj.Resources = pikepdf.Dictionary(
                XObject=pikepdf.Dictionary(P=form), Font=pikepdf.Dictionary(F=font)
            )
            sheet.obj.Contents = pdf.make_stream(
                f"q {scale:.4f} 0 0 {scale:.4f} {x:.2f} 45 cm /P Do Q BT /F 7.5 Tf 50 20 Td "
                f"(Margaret Okafor, born 1 Jan 1960) Tj 430 0 Td (Page {count} of 9999) Tj "
                "ET".encode()
            )
    pdf.save(out, object_stream_mode=pikepdf.ObjectStreamMode.disable)
    return count


if __name__ == "__main__":
    start = time.process_time()
    pages = place(sys.argv[2:], sys.argv[1])
    print(pages, time.process_time() - start)

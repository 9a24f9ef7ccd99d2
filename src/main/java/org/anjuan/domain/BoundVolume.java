package org.anjuan.domain;

/** A volume as the register keeps it once bound: its archive number and the PDF it was written to. */
public record BoundVolume(int volume, int volumes, boolean secondary, String archiveNumber, String fileName,
                          int numberedPages, int items) {
}

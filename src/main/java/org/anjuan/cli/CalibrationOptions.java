package org.anjuan.cli;

import picocli.CommandLine.Option;

/**
 * --offset-x / --offset-y: calibrating one printer for sheets fed through it (number sheets, spine labels). A
 * clerk prints one sheet, measures how far the print landed from where it should, and passes the difference.
 */
final class CalibrationOptions {

    @Option(names = "--offset-x", paramLabel = "MM", defaultValue = "0",
            description = "校准打印机：向右移动的毫米数（负数向左）")
    double x;

    @Option(names = "--offset-y", paramLabel = "MM", defaultValue = "0",
            description = "校准打印机：向下移动的毫米数（负数向上）")
    double y;
}

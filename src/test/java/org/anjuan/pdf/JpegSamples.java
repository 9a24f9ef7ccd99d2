package org.anjuan.pdf;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.w3c.dom.NodeList;

/** JPEGs written by ImageIO with chosen chroma sampling, restart interval and mode, for the decoder's tests. */
final class JpegSamples {

    private static final String FORMAT = "javax_imageio_jpeg_image_1.0";

    private JpegSamples() {
    }

    /**
     * @param sampling the luma sampling factors "HxV" for colour (chroma stays 1x1): "2x2" is 4:2:0 (ImageIO's
     *                 default), "2x1" 4:2:2, "1x1" 4:4:4; ignored for a grey image
     * @param restart  MCUs per restart interval, 0 for none
     */
    static byte[] write(BufferedImage image, float quality, String sampling, int restart, boolean progressive)
            throws IOException {
        return encode(image, quality, progressive, root -> {
            NodeList specs = root.getElementsByTagName("componentSpec");
            if (specs.getLength() == 3) {
                String[] hv = sampling.split("x");
                IIOMetadataNode luma = (IIOMetadataNode) specs.item(0);
                luma.setAttribute("HsamplingFactor", hv[0]);
                luma.setAttribute("VsamplingFactor", hv[1]);
            }
            if (restart > 0) {
                IIOMetadataNode dri = new IIOMetadataNode("dri");
                dri.setAttribute("interval", Integer.toString(restart));
                IIOMetadataNode markers = (IIOMetadataNode) root.getElementsByTagName("markerSequence").item(0);
                markers.insertBefore(dri, markers.getElementsByTagName("sos").item(0));
            }
        });
    }

    /** ImageIO's JPEG writer with the metadata tree ({@value #FORMAT}) changed by {@code edit} before writing. */
    private static byte[] encode(BufferedImage image, float quality, boolean progressive,
                                 java.util.function.Consumer<IIOMetadataNode> edit) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
             MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            if (progressive) {
                param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
            }
            IIOMetadata meta = writer.getDefaultImageMetadata(new ImageTypeSpecifier(image), param);
            IIOMetadataNode root = (IIOMetadataNode) meta.getAsTree(FORMAT);
            edit.accept(root);
            meta.setFromTree(FORMAT, root);
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, meta), param);
            out.flush();
            return bytes.toByteArray();
        } finally {
            writer.dispose();
        }
    }

    /** {@link #write} at quality 0.75, for use in lambdas. */
    static byte[] writeQuietly(BufferedImage image, String sampling, int restart) {
        try {
            return write(image, 0.75f, sampling, restart, false);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A colour JPEG stored as plain RGB (an Adobe marker with transform 0, no JFIF), as some scanners write. */
    static byte[] writeRgb(BufferedImage image, float quality) throws IOException {
        return encode(image, quality, false, root -> {
            IIOMetadataNode variety = (IIOMetadataNode) root.getElementsByTagName("JPEGvariety").item(0);
            while (variety.hasChildNodes()) {
                variety.removeChild(variety.getFirstChild());
            }
            IIOMetadataNode adobe = new IIOMetadataNode("app14Adobe");
            adobe.setAttribute("transform", "0");
            IIOMetadataNode markers = (IIOMetadataNode) root.getElementsByTagName("markerSequence").item(0);
            markers.insertBefore(adobe, markers.getFirstChild());
            NodeList specs = root.getElementsByTagName("componentSpec");
            for (int i = 0; i < specs.getLength(); i++) {
                ((IIOMetadataNode) specs.item(i)).setAttribute("HsamplingFactor", "1");
                ((IIOMetadataNode) specs.item(i)).setAttribute("VsamplingFactor", "1");
            }
        });
    }

    /** The cells as the ImageIO path makes them (the reference the direct reader is held to). */
    static CellGrid viaImageIO(byte[] jpeg, int cellPx, double pixelsPerMm) throws IOException {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName("jpeg");
        ImageReader reader = readers.next();
        try (MemoryCacheImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(jpeg))) {
            reader.setInput(in, true, true);
            Raster raster = reader.readRaster(0, null);
            return CellGrid.of(raster, JpegHeader.parse(jpeg).ycc(), cellPx, pixelsPerMm);
        } finally {
            reader.dispose();
        }
    }

    /** The largest and mean absolute differences between two grids, for Y and for chroma (Cb and Cr). */
    record Difference(double maxY, double meanY, double maxChroma, double meanChroma) {

        static Difference of(CellGrid a, CellGrid b) {
            double maxY = 0;
            double sumY = 0;
            double maxC = 0;
            double sumC = 0;
            for (int k = 0; k < a.y.length; k++) {
                double d = Math.abs(a.y[k] - b.y[k]);
                maxY = Math.max(maxY, d);
                sumY += d;
                if (a.cb != null) {
                    double c = Math.max(Math.abs(a.cb[k] - b.cb[k]), Math.abs(a.cr[k] - b.cr[k]));
                    maxC = Math.max(maxC, c);
                    sumC += c;
                }
            }
            return new Difference(maxY, sumY / a.y.length, maxC, sumC / a.y.length);
        }

        @Override
        public String toString() {
            return String.format("Y max %.3f mean %.4f, chroma max %.3f mean %.4f", maxY, meanY, maxChroma,
                    meanChroma);
        }
    }
}

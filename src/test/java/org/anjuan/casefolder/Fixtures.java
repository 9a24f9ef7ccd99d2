package org.anjuan.casefolder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.anjuan.domain.AnjuanException;
import org.anjuan.i18n.Messages;

/** Case folders built in code; the reader never opens the PDFs, so any bytes will do. */
final class Fixtures {

    static final String GOOD_YAML = """
            category: 行政处罚一般程序
            title: 厦门某置业有限公司未按规定修建防空地下室案
            parties:
              - 厦门某置业有限公司
            department: 工程管理处
            officer: 陈建华
            opened: 2023-03-06
            closed: 2023-06-20
            flags: [复议]
            secrecy:
              level: 秘密
              term: 10年
              declassify: 工程报废后
              scope: 本办执法人员
            materials:
              - title: 立案审批表
                date: 2023-03-06
                file: 01.pdf
                pages: 1
              - title: 询问笔录
                author: 陈建华
                date: 2023-03-09
                kind: 证据
                file: scans/02.pdf
              - title: 现场照片
                kind: 照片
                pages: 3
                evidence:
                  name: 地下室现状
                  quantity: 6
                  takenAt: 2023-03-09T10:30
              - title: 罚没款收据（复印件）
                docNo: 厦财〔2023〕1号
                date: 2023-06-12
                pages: 1
                secondary: true
                copy:
                  source: 缴款书原件
                  checkedBy: 林晓雯
                  checkedOn: 2023-06-12
            """;

    private Fixtures() {
    }

    static Path folder(Path root, String name, String manifestName, String manifest) {
        return folder(root, name, manifestName, manifest.getBytes(StandardCharsets.UTF_8));
    }

    static Path folder(Path root, String name, String manifestName, byte[] manifest) {
        try {
            Path folder = Files.createDirectories(root.resolve(name));
            Files.write(folder.resolve(manifestName), manifest);
            Files.createDirectories(folder.resolve("scans"));
            Files.writeString(folder.resolve("01.pdf"), "%PDF-1.7 placeholder");
            Files.writeString(folder.resolve("scans/02.pdf"), "%PDF-1.7 placeholder");
            Files.writeString(folder.resolve("notes.txt"), "not a scan");
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The refusal as the clerk reads it, in Chinese. */
    static String chinese(AnjuanException e) {
        return Messages.chinese().text(e);
    }
}

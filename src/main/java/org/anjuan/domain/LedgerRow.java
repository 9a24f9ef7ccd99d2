package org.anjuan.domain;

/**
 * One line of a lending or consultation register (standards.md §5.1), text as the register writes it (dates as
 * 2024年3月15日). A lending line uses contact, approver, dueDate and returnedDate; a consultation line uses
 * idDocument, copying and effect; the rest are common. The visitor's signature is the PNG drawn at the
 * workstation, printed in the signature column; a row without one leaves the cell blank, to sign on paper.
 *
 * @param seq          序号, or 0 for none
 * @param date         借阅日期 / 查阅日期
 * @param name         借阅人姓名 / 查阅人姓名
 * @param unit         单位（部门）
 * @param contact      联系方式 (lending)
 * @param idDocument   证件: 身份证, 工作证, 介绍信, 律师执业证… with its number (consultation)
 * @param archiveNumber 档号
 * @param title        档案名称 / 查阅内容
 * @param purpose      借阅事由 / 利用目的
 * @param approver     审批人 (lending)
 * @param dueDate      应还日期 (lending)
 * @param returnedDate 实际归还日期, empty while the file is out (lending)
 * @param copying      复制、摘抄情况 (consultation)
 * @param handler      经手人 (lending) / 接待人 (consultation): the archive clerk
 * @param effect       利用效果, written by the visitor afterwards (consultation)
 * @param remarks      备注
 * @param signature    借阅人签字 / 查阅人签字: the visitor's signature as a PNG image, or null
 */
public record LedgerRow(int seq, String date, String name, String unit, String contact, String idDocument,
                        String archiveNumber, String title, String purpose, String approver, String dueDate,
                        String returnedDate, String copying, String handler, String effect, String remarks,
                        byte[] signature) {

    /** A row to be signed on paper. */
    public LedgerRow(int seq, String date, String name, String unit, String contact, String idDocument,
                     String archiveNumber, String title, String purpose, String approver, String dueDate,
                     String returnedDate, String copying, String handler, String effect, String remarks) {
        this(seq, date, name, unit, contact, idDocument, archiveNumber, title, purpose, approver, dueDate,
                returnedDate, copying, handler, effect, remarks, null);
    }

    public LedgerRow {
        signature = signature == null ? null : signature.clone();
    }

    @Override
    public byte[] signature() {
        return signature == null ? null : signature.clone();
    }
}

package ru.perechen.uikit;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.upload.UploadI18N;
import java.util.List;

/** The upload field's texts in the person's language. */
public final class Uploads {

    private Uploads() {
    }

    /**
     * @param addKey       the button's text, e.g. «Выбрать файл XLSX…»
     * @param tooLarge     what a too large file is told
     * @param wrongType    what a file of another type is told
     */
    public static UploadI18N i18n(Component owner, String addKey, String tooLarge, String wrongType) {
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(owner.getTranslation(addKey)).setMany(owner.getTranslation(addKey)));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(owner.getTranslation("import.upload.drop"))
                .setMany(owner.getTranslation("import.upload.drop")));
        i18n.setError(new UploadI18N.Error().setFileIsTooBig(tooLarge).setIncorrectFileType(wrongType)
                .setTooManyFiles(owner.getTranslation("import.upload.one")));
        String failed = owner.getTranslation("import.upload.failed");
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting("…")
                        .setProcessing(owner.getTranslation("import.upload.processing")).setHeld("…").setStalled("…"))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime().setPrefix("").setUnknown(""))
                .setError(new UploadI18N.Uploading.Error().setServerUnavailable(failed).setUnexpectedServerError(failed)
                        .setForbidden(failed)));
        i18n.setUnits(new UploadI18N.Units(List.of("Б", "КБ", "МБ", "ГБ", "ТБ")));
        return i18n;
    }
}

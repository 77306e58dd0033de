// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QHash>

class QDialogButtonBox;

namespace marquee {

class PlainLabel;
class SettingsStore;
struct SettingDescriptor;

/**
 * @brief Edit → Preferences…: every setting of the SettingsCatalog, in its group, in the units people read, with
 * its default and a line on what it does.
 *
 * A change is saved the moment it is made (a spin box or a folder's path when it loses focus or on Enter, a list on
 * choice, a folder picked with Choose…) and the services pick it up from SettingsStore::changed at once: there is
 * no Apply and no restart. The editors' ranges are the catalog's, so only a failing database (or a folder path
 * that is not a full one) can refuse a value; then the dialog says so and shows the stored value again. *Restore
 * defaults* deletes every stored setting.
 */
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(SettingsStore &settings, QWidget *parent = nullptr);
    ~PreferencesDialog() override;

    /// The editor of @p key (a QDoubleSpinBox, a QComboBox or a folder's QLineEdit, named after the key); for tests.
    [[nodiscard]] QWidget *editor(const QString &key) const { return m_editors.value(key); }
    /// What the last refused change said; empty when all is well.
    [[nodiscard]] QString errorText() const;

private:
    QWidget *createEditor(const SettingDescriptor &setting);
    /// @p editor with a Choose… button beside it that picks a folder.
    QWidget *withChooseButton(QWidget *editor, const SettingDescriptor &setting);
    void showStored(const QString &key);
    void save(const SettingDescriptor &setting, const QString &stored);
    void restoreDefaults();
    /// Shows @p text under the settings, or hides the line when it is empty.
    void showError(const QString &text);

    SettingsStore &m_settings;
    QHash<QString, QWidget *> m_editors;
    QHash<QString, QWidget *> m_chooseButtons; ///< of folder settings, by key
    PlainLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace marquee

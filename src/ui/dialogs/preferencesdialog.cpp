// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/preferencesdialog.h"

#include "core/settingscatalog.h"
#include "services/settingsstore.h"
#include "ui/theme.h"
#include "ui/widgets/plainlabel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

namespace marquee {

namespace {
/// The editor's object name: "ttl/movies" → "setting-ttl-movies", so tests and accessibility tools can find it.
QString editorName(const QString &key)
{
    QString name = key;
    name.replace(QLatin1Char('/'), QLatin1Char('-'));
    return QStringLiteral("setting-") + name;
}
} // namespace

PreferencesDialog::PreferencesDialog(SettingsStore &settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_error(new PlainLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::RestoreDefaults | QDialogButtonBox::Close, this))
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));

    auto *page = new QWidget;
    auto *pageLayout = new QVBoxLayout(page);
    QHash<QString, QFormLayout *> groups;
    for (const SettingDescriptor &setting : SettingsCatalog::all()) {
        const QString groupName = SettingsCatalog::group(setting);
        QFormLayout *&form = groups[groupName];
        if (!form) {
            auto *box = new QGroupBox(groupName, page);
            box->setAccessibleName(groupName);
            form = new QFormLayout(box);
            form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
            form->setVerticalSpacing(10);
            pageLayout->addWidget(box);
        }
        QWidget *editor = createEditor(setting);
        QWidget *field = setting.unit == SettingUnit::Folder ? withChooseButton(editor, setting) : editor;
        auto *label = new QLabel(SettingsCatalog::label(setting) + QLatin1Char(':'), page);
        label->setTextFormat(Qt::PlainText);
        label->setBuddy(editor);
        const QString byDefaultText = tr("Default: %1").arg(SettingsCatalog::format(setting, setting.defaultValue));
        auto *help = new PlainLabel(SettingsCatalog::description(setting), page);
        help->setWordWrap(true);
        help->setForegroundRole(QPalette::PlaceholderText);
        // The editor with its default beside it, the help under both. A form layout gives a wrapped label the
        // height its final width needs (a grid cell spanning two columns did not, and clipped the help).
        auto *line = new QHBoxLayout;
        line->setSpacing(8);
        line->addWidget(field, setting.unit == SettingUnit::Folder ? 1 : 0);
        if (setting.unit == SettingUnit::Folder) {
            // A path beside the field would widen the page past the window; under it, it wraps with the help.
            help->setText(help->text() + QLatin1Char(' ') + byDefaultText);
        } else {
            auto *byDefault = new PlainLabel(byDefaultText, page);
            byDefault->setForegroundRole(QPalette::PlaceholderText);
            line->addWidget(byDefault);
            line->addStretch(1);
        }
        auto *cell = new QWidget(page);
        auto *cellLayout = new QVBoxLayout(cell);
        cellLayout->setContentsMargins(0, 0, 0, 0);
        cellLayout->setSpacing(2);
        cellLayout->addLayout(line);
        cellLayout->addWidget(help);
        form->addRow(label, cell);
        showStored(setting.key);
    }
    pageLayout->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Tab goes from editor to editor and the area scrolls to each; the area itself is no stop.
    scroll->setFocusPolicy(Qt::NoFocus);

    m_error->setObjectName(QStringLiteral("preferencesError"));
    m_error->setWordWrap(true);
    m_error->hide();
    QPushButton *restore = m_buttons->button(QDialogButtonBox::RestoreDefaults);
    restore->setObjectName(QStringLiteral("restoreDefaultsButton"));
    restore->setAutoDefault(false);
    connect(restore, &QPushButton::clicked, this, &PreferencesDialog::restoreDefaults);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    // Top to bottom, then the buttons: the button box was made first, and it orders its own buttons by layout.
    QWidget *previous = nullptr;
    for (const SettingDescriptor &setting : SettingsCatalog::all()) {
        if (previous)
            setTabOrder(previous, m_editors.value(setting.key));
        previous = m_editors.value(setting.key);
        if (QWidget *choose = m_chooseButtons.value(setting.key)) {
            setTabOrder(previous, choose);
            previous = choose;
        }
    }
    setTabOrder(previous, restore);
    setTabOrder(restore, m_buttons->button(QDialogButtonBox::Close));

    connect(&m_settings, &SettingsStore::changed, this, &PreferencesDialog::showStored);
    // Wide enough for a line of help, and no taller than an 800 × 600 screen leaves; the rest scrolls.
    // The page never narrower than it can be laid out, with room for the scroll bar: else the area clips its right
    // edge, help text included.
    const QMargins margins = layout->contentsMargins();
    const int pageWidth = page->minimumSizeHint().width() + scroll->verticalScrollBar()->sizeHint().width()
        + margins.left() + margins.right();
    resize(std::max(fontMetrics().averageCharWidth() * 92, pageWidth), std::min(page->sizeHint().height() + 90, 560));
}

PreferencesDialog::~PreferencesDialog() = default;

QString PreferencesDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

QWidget *PreferencesDialog::createEditor(const SettingDescriptor &setting)
{
    QWidget *editor = nullptr;
    if (setting.unit == SettingUnit::Choice) {
        auto *choices = new QComboBox(this);
        for (const SettingChoice &choice : setting.choices)
            choices->addItem(SettingsCatalog::choiceLabel(choice), choice.value);
        connect(choices, &QComboBox::activated, this,
                [this, &setting, choices](int index) { save(setting, choices->itemData(index).toString()); });
        editor = choices;
    } else if (setting.unit == SettingUnit::Folder || setting.unit == SettingUnit::WebAddress) {
        auto *text = new QLineEdit(this);
        text->setClearButtonEnabled(false);
        if (setting.unit == SettingUnit::WebAddress)
            text->setInputMethodHints(Qt::ImhUrlCharactersOnly | Qt::ImhNoAutoUppercase);
        // One save per finished edit (Enter, focus out), as the spin boxes do.
        connect(text, &QLineEdit::editingFinished, this, [this, &setting, text] {
            if (text->isModified())
                save(setting, setting.unit == SettingUnit::Folder ? QDir::fromNativeSeparators(text->text())
                                                                  : text->text());
            text->setModified(false);
        });
        editor = text;
    } else {
        auto *number = new QDoubleSpinBox(this);
        number->setDecimals(setting.decimals);
        number->setRange(setting.minimum, setting.maximum);
        number->setSingleStep(setting.decimals > 0 ? 0.5 : 1.0);
        number->setSuffix(SettingsCatalog::unitSuffix(setting));
        // "No limit" where 0 means none, as the catalog says it.
        number->setSpecialValueText(setting.minimum == 0 ? SettingsCatalog::zeroText(setting) : QString());
        number->setGroupSeparatorShown(true);
        number->setAlignment(Qt::AlignRight);
        // One save per finished edit (Enter, focus out, arrows), not one per keystroke.
        number->setKeyboardTracking(false);
        connect(number, &QDoubleSpinBox::valueChanged, this,
                [this, &setting](double shown) { save(setting, SettingsCatalog::storedValue(setting, shown)); });
        editor = number;
    }
    editor->setObjectName(editorName(setting.key));
    editor->setAccessibleName(SettingsCatalog::label(setting));
    editor->setAccessibleDescription(SettingsCatalog::description(setting));
    editor->setToolTip(SettingsCatalog::description(setting));
    m_editors.insert(setting.key, editor);
    return editor;
}

QWidget *PreferencesDialog::withChooseButton(QWidget *editor, const SettingDescriptor &setting)
{
    auto *field = new QWidget(this);
    auto *row = new QHBoxLayout(field);
    row->setContentsMargins(0, 0, 0, 0);
    auto *choose = new QPushButton(tr("Choose…"), field);
    choose->setObjectName(editorName(setting.key) + QStringLiteral("-choose"));
    choose->setAccessibleName(tr("Choose %1").arg(SettingsCatalog::label(setting)));
    choose->setAutoDefault(false);
    connect(choose, &QPushButton::clicked, this, [this, &setting] {
        const QString chosen = QFileDialog::getExistingDirectory(this, SettingsCatalog::label(setting),
                                                                 m_settings.value(setting.key));
        if (!chosen.isEmpty())
            save(setting, chosen);
    });
    row->addWidget(editor, 1);
    row->addWidget(choose);
    m_chooseButtons.insert(setting.key, choose);
    return field;
}

void PreferencesDialog::showStored(const QString &key)
{
    const SettingDescriptor *setting = SettingsCatalog::find(key);
    QWidget *editor = m_editors.value(key);
    if (!setting || !editor)
        return;
    const QString stored = m_settings.value(key);
    const QSignalBlocker quiet(editor);
    if (auto *choices = qobject_cast<QComboBox *>(editor))
        choices->setCurrentIndex(std::max(0, choices->findData(stored)));
    else if (auto *number = qobject_cast<QDoubleSpinBox *>(editor))
        number->setValue(SettingsCatalog::shownValue(*setting, stored));
    else if (auto *path = qobject_cast<QLineEdit *>(editor))
        path->setText(SettingsCatalog::format(*setting, stored));
}

void PreferencesDialog::save(const SettingDescriptor &setting, const QString &stored)
{
    const SettingsCatalog::Checked checked = m_settings.set(setting.key, stored);
    showError(checked.problem);
    if (!checked.ok())
        showStored(setting.key);
}

void PreferencesDialog::restoreDefaults()
{
    showError(m_settings.restoreAllDefaults()
                      ? QString()
                      : tr("Some settings could not be reset. Check that the disk is not full, then try again."));
}

void PreferencesDialog::showError(const QString &text)
{
    m_error->setVisible(!text.isEmpty());
    m_error->setText(text);
    // Read at the time, so the red suits the theme in force.
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, ThemeController::errorTextColor(palette()));
    m_error->setPalette(errorPalette);
}

} // namespace marquee

#include "ColumnMapping.h"

#include <QCoreApplication>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

// Header names as compared: case-folded, without accents, keeping only letters and digits, so
// that "Date of birth", "date_of_birth" and "DATE-OF-BIRTH" are one name.
QString normaliseHeader(const QString &header)
{
    const QString decomposed = header.normalized(QString::NormalizationForm_D).toCaseFolded();
    QString result;
    result.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c.isLetterOrNumber())
            result.append(c);
    }
    return result;
}

QStringList skillNames(const QStringList &names)
{
    QStringList result;
    for (const QString &name : names)
        result << name << name + u"score"_s << name + u"band"_s << name + u"bandscore"_s
               << u"ielts"_s + name;
    return result;
}

// Already normalised. Single letters and other short names only ever match exactly.
QStringList synonyms(ApplicantField field)
{
    switch (field) {
    case ApplicantField::Trf:
        return {u"trf"_s,
                u"trfnumber"_s,
                u"trfno"_s,
                u"trfnum"_s,
                u"testreportform"_s,
                u"testreportformnumber"_s,
                u"testreportformno"_s,
                u"ieltstrf"_s,
                u"ieltstrfnumber"_s,
                u"numerotrf"_s,
                u"numerodetrf"_s,
                u"trf编号"_s,
                u"trf号码"_s,
                u"رقمtrf"_s};
    case ApplicantField::FamilyName:
        return {u"familyname"_s, u"surname"_s,    u"lastname"_s,     u"apellido"_s,
                u"apellidos"_s,  u"nom"_s,        u"nomdefamille"_s, u"姓"_s,
                u"姓氏"_s,       u"اسمالعائلة"_s, u"اللقب"_s};
    case ApplicantField::FirstName:
        return {u"firstname"_s, u"givenname"_s, u"givennames"_s, u"forename"_s,
                u"forenames"_s, u"nombre"_s,    u"nombres"_s,    u"prenom"_s,
                u"prenoms"_s,   u"名"_s,        u"名字"_s,       u"الاسمالأول"_s};
    case ApplicantField::DateOfBirth:
        return {u"dateofbirth"_s,       u"dob"_s,
                u"birthdate"_s,         u"birthday"_s,
                u"fechadenacimiento"_s, u"datedenaissance"_s,
                u"出生日期"_s,          u"生日"_s,
                u"تاريخالميلاد"_s};
    case ApplicantField::Overall:
        return {u"overall"_s,     u"overallband"_s,       u"overallscore"_s, u"overallbandscore"_s,
                u"band"_s,        u"bandscore"_s,         u"ieltsoverall"_s, u"ieltsscore"_s,
                u"ieltsband"_s,   u"puntuaciongeneral"_s, u"notaglobal"_s,   u"总分"_s,
                u"الدرجةالكلية"_s};
    case ApplicantField::Listening:
        return skillNames(
            {u"listening"_s, u"l"_s, u"comprensionauditiva"_s, u"听力"_s, u"الاستماع"_s});
    case ApplicantField::Reading:
        return skillNames(
            {u"reading"_s, u"r"_s, u"lectura"_s, u"comprensionlectora"_s, u"阅读"_s, u"القراءة"_s});
    case ApplicantField::Writing:
        return skillNames(
            {u"writing"_s, u"w"_s, u"escritura"_s, u"expresionescrita"_s, u"写作"_s, u"الكتابة"_s});
    case ApplicantField::Speaking:
        return skillNames({u"speaking"_s, u"s"_s, u"expresionoral"_s, u"口语"_s, u"المحادثة"_s});
    case ApplicantField::ApplicantId:
        // Not "candidatenumber": that is the IELTS candidate number, a different thing.
        return {u"applicantid"_s,   u"applicantnumber"_s,   u"studentid"_s, u"studentnumber"_s,
                u"applicationid"_s, u"applicationnumber"_s, u"id"_s,        u"candidateid"_s,
                u"applicantref"_s,  u"applicantreference"_s};
    }
    return {};
}

// Headers for a whole name in one column. Their words overlap with the parts' names ("Nombre
// completo" starts like "Nombre"), but no part can be compared with a whole name.
bool isFullName(const QString &header)
{
    static const QStringList fullNames = {u"name"_s,           u"names"_s,       u"fullname"_s,
                                          u"nombrecompleto"_s, u"nomcomplet"_s,  u"candidatename"_s,
                                          u"applicantname"_s,  u"studentname"_s, u"姓名"_s,
                                          u"الاسمالكامل"_s};
    for (const QString &name : fullNames) {
        if (header == name || (name.size() >= 6 && header.startsWith(name)))
            return true;
    }
    return false;
}

enum Rank
{
    Exact,
    Prefix,
    Contains
};

// How well a header matches a synonym; false when it does not. Only names long enough not to be
// found inside unrelated words take part in loose matching: "nom" is in "nombre", "l" in
// everything.
bool rankMatch(const QString &header, const QString &synonym, Rank *rank)
{
    if (header == synonym) {
        *rank = Exact;
        return true;
    }
    if (synonym.size() >= 4 && header.startsWith(synonym)) {
        *rank = Prefix;
        return true;
    }
    if (synonym.size() >= 6 && header.contains(synonym)) {
        *rank = Contains;
        return true;
    }
    return false;
}

struct Candidate
{
    Rank rank;
    qsizetype synonymLength; // 0 for exact matches: how long the name is says nothing then
    int column;
    int fieldIndex;
};

} // namespace

ColumnMapping ColumnMapping::guess(const QStringList &headers)
{
    const QList<ApplicantField> fields = ApplicantFields::all();
    QList<Candidate> candidates;
    for (int column = 0; column < headers.size(); ++column) {
        const QString header = normaliseHeader(headers.at(column));
        if (header.isEmpty() || isFullName(header))
            continue;
        for (int fieldIndex = 0; fieldIndex < fields.size(); ++fieldIndex) {
            // The best way this header matches this field.
            std::optional<Candidate> best;
            for (const QString &synonym : synonyms(fields.at(fieldIndex))) {
                Rank rank;
                if (!rankMatch(header, synonym, &rank))
                    continue;
                if (!best || rank < best->rank ||
                    (rank == best->rank && synonym.size() > best->synonymLength))
                    best = Candidate{rank, rank == Exact ? 0 : synonym.size(), column, fieldIndex};
            }
            if (best)
                candidates.append(*best);
        }
    }
    // Exact names first, the leftmost column winning among them; among loose matches the longest
    // (most specific) synonym first, then the leftmost column.
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Candidate &a, const Candidate &b) {
                         if (a.rank != b.rank)
                             return a.rank < b.rank;
                         if (a.synonymLength != b.synonymLength)
                             return a.synonymLength > b.synonymLength;
                         if (a.column != b.column)
                             return a.column < b.column;
                         return a.fieldIndex < b.fieldIndex;
                     });
    ColumnMapping mapping;
    QList<bool> columnTaken(headers.size(), false);
    for (const Candidate &candidate : std::as_const(candidates)) {
        const ApplicantField field = fields.at(candidate.fieldIndex);
        if (mapping.isMapped(field) || columnTaken.at(candidate.column))
            continue;
        mapping.m_columns.insert(field, candidate.column);
        columnTaken[candidate.column] = true;
    }
    return mapping;
}

void ColumnMapping::setColumn(ApplicantField field, int column)
{
    if (column < 0) {
        m_columns.remove(field);
        return;
    }
    for (auto it = m_columns.begin(); it != m_columns.end();) {
        if (it.value() == column && it.key() != field)
            it = m_columns.erase(it);
        else
            ++it;
    }
    m_columns.insert(field, column);
}

bool ColumnMapping::fieldOf(int column, ApplicantField *field) const
{
    for (auto it = m_columns.cbegin(); it != m_columns.cend(); ++it) {
        if (it.value() == column) {
            if (field)
                *field = it.key();
            return true;
        }
    }
    return false;
}

QStringList ColumnMapping::problems() const
{
    QStringList problems;
    if (!isMapped(ApplicantField::Trf))
        problems.append(
            QCoreApplication::translate("ColumnMapping", "No column holds the TRF number."));
    return problems;
}

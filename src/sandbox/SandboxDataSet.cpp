#include "SandboxDataSet.h"

#include "ApiDate.h"
#include "Countries.h"
#include "SandboxPortraits.h"

#include <QRandomGenerator>
#include <QSet>
#include <QStringView>

#include <algorithm>
#include <array>
#include <cmath>
#include <numeric>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

// Where candidates come from: names, towns and formats of one country. Lists are '|'-separated.
struct Locale
{
    QStringView country;
    QStringView centreLetters;
    QStringView phonePrefix;
    QStringView families;
    QStringView femaleNames;
    QStringView maleNames;
    QStringView towns;
    QStringView regions;
    QStringView streets;
    QStringView postCode; // '#' a digit, 'A' a letter
    int weight;
};

constexpr std::array locales = {
    Locale{u"IND", u"IN", u"+91", u"Sharma|Patel|Reddy|Iyer|Gupta|Singh|Nair|Banerjee|Desai|Kaur",
           u"Priya|Ananya|Divya|Harpreet|Lakshmi|Neha|Sneha",
           u"Aarav|Rahul|Vikram|Arjun|Rohan|Sanjay|Gurpreet", u"Mumbai|Chennai|Delhi|Pune|Kochi",
           u"MH|TN|DL|KL|PB", u"MG Road|Station Road|Nehru Nagar|Gandhi Street", u"######", 16},
    Locale{u"CHN", u"CN", u"+86", u"Wang|Li|Zhang|Liu|Chen|Yang|Huang|Zhao|Zhou",
           u"Jing|Xiu Ying|Mei|Yan|Fang|Li Na", u"Wei|Hao|Jun|Ming|Lei|Tao|Zhi Hao",
           u"Beijing|Shanghai|Chengdu|Guangzhou|Wuhan", u"BJ|SH|SC|GD|HB",
           u"Jianguo Road|Nanjing Road|Renmin Street|Zhongshan Avenue", u"######", 12},
    Locale{u"VNM", u"VN", u"+84", u"Nguyễn|Trần|Lê|Phạm|Hoàng|Vũ|Đặng", u"Lan|Hương|Thảo|Mai|Linh",
           u"Minh|Dũng|Quang|Tuấn|Huy", u"Hà Nội|Hồ Chí Minh|Đà Nẵng|Huế", u"HN|SG|DN|TTH",
           u"Lê Lợi|Trần Hưng Đạo|Nguyễn Huệ", u"######", 6},
    Locale{u"NGA", u"NG", u"+234", u"Okafor|Adeyemi|Eze|Balogun|Okonkwo|Ibrahim|Olawale",
           u"Chiamaka|Ngozi|Funmilayo|Aisha|Blessing", u"Chinedu|Emeka|Oluwaseun|Tunde|Musa",
           u"Lagos|Abuja|Ibadan|Enugu|Kano", u"LA|FC|OY|EN|KN",
           u"Allen Avenue|Adeola Odeku Street|Ahmadu Bello Way", u"######", 8},
    Locale{u"PAK", u"PK", u"+92", u"Khan|Ahmed|Malik|Hussain|Qureshi|Butt|Chaudhry",
           u"Ayesha|Fatima|Sana|Hira|Mahnoor", u"Muhammad|Ali|Hamza|Usman|Bilal",
           u"Lahore|Karachi|Islamabad|Faisalabad", u"PB|SD|IS|KP",
           u"Mall Road|Jinnah Avenue|Shahrah-e-Faisal", u"#####", 7},
    Locale{u"BRA", u"BR", u"+55", u"Silva|Santos|Oliveira|Souza|Pereira|Conceição|Araújo",
           u"Ana|Beatriz|Júlia|Larissa|Camila", u"João|Gabriel|Lucas|Matheus|Thiago",
           u"São Paulo|Belo Horizonte|Curitiba|Recife|Porto Alegre", u"SP|MG|PR|PE|RS",
           u"Rua Augusta|Avenida Paulista|Rua da Aurora", u"#####-###", 5},
    Locale{u"PHL", u"PH", u"+63", u"Santos|Reyes|Cruz|Bautista|Dela Cruz|Garcia|Mendoza",
           u"Maria|Angelica|Kristine|Joy|Rhea", u"Jose|Mark|John Paul|Carlo|Rommel",
           u"Manila|Cebu City|Davao City|Quezon City", u"NCR|CEB|DAV",
           u"Rizal Avenue|Ayala Avenue|Osmeña Boulevard", u"####", 6},
    Locale{u"IRN", u"IR", u"+98", u"Hosseini|Mohammadi|Karimi|Rahimi|Ahmadi|Moradi|Jafari",
           u"Fatemeh|Zahra|Maryam|Narges|Shirin", u"Reza|Amir|Ali|Hossein|Mehdi",
           u"Tehran|Shiraz|Isfahan|Mashhad|Tabriz", u"TE|FA|ES|RK|EA",
           u"Valiasr Street|Enghelab Street|Zand Boulevard", u"##########", 5},
    Locale{u"EGY", u"EG", u"+20", u"Hassan|Mansour|El-Sayed|Abdel-Rahman|Mostafa|Farouk",
           u"Nour|Mariam|Salma|Yasmin|Habiba", u"Omar|Youssef|Karim|Mahmoud|Tarek",
           u"Cairo|Alexandria|Giza|Mansoura", u"C|ALX|GZ|DK",
           u"Tahrir Street|Corniche El Nil|Abbas El Akkad", u"#####", 4},
    Locale{u"TUR", u"TR", u"+90", u"Yılmaz|Kaya|Demir|Şahin|Çelik|Öztürk|Aydın",
           u"Elif|Zeynep|Ayşe|Büşra|İrem", u"Mehmet|Mustafa|Emre|Burak|Oğuz",
           u"İstanbul|Ankara|İzmir|Bursa", u"IST|ANK|IZM|BRS",
           u"İstiklal Caddesi|Atatürk Bulvarı|Bağdat Caddesi", u"#####", 4},
    Locale{u"KOR", u"KR", u"+82", u"Kim|Lee|Park|Choi|Jung|Kang|Yoon",
           u"Ji-woo|Seo-yeon|Min-ji|Ha-eun", u"Min-jun|Seo-jun|Do-yun|Ji-hoon",
           u"Seoul|Busan|Incheon|Daegu", u"11|26|28|27", u"Gangnam-daero|Teheran-ro|Sejong-daero",
           u"#####", 4},
    Locale{u"JPN", u"JP", u"+81", u"Sato|Suzuki|Takahashi|Tanaka|Watanabe|Ito|Yamamoto",
           u"Yui|Haruka|Aoi|Sakura|Yuna", u"Haruto|Sota|Yuto|Ren|Kaito",
           u"Tokyo|Osaka|Nagoya|Fukuoka|Sapporo", u"13|27|23|40|01",
           u"Chuo-dori|Omotesando|Midosuji", u"###-####", 3},
    Locale{u"BGD", u"BD", u"+880", u"Rahman|Hossain|Islam|Ahmed|Chowdhury|Akter",
           u"Nusrat|Farzana|Tahmina|Sadia", u"Rafiq|Tanvir|Sakib|Imran|Arif",
           u"Dhaka|Chattogram|Sylhet|Khulna", u"DH|CT|SY|KH",
           u"Mirpur Road|Agrabad Access Road|Zindabazar", u"####", 5},
    Locale{u"NPL", u"NP", u"+977", u"Shrestha|Gurung|Thapa|Tamang|Rai|Adhikari|Karki",
           u"Sita|Anjali|Pooja|Sabina", u"Bikash|Suman|Prakash|Nabin",
           u"Kathmandu|Pokhara|Lalitpur|Biratnagar", u"BA|GA|JA|KO",
           u"Durbar Marg|Lakeside Road|Jawalakhel", u"#####", 4},
    Locale{u"UZB", u"UZ", u"+998", u"Karimov|Rakhimov|Yusupov|Tursunov|Aliyev|Nazarova",
           u"Dilnoza|Madina|Nodira|Shahnoza", u"Jasur|Sardor|Bekzod|Otabek|Rustam",
           u"Tashkent|Samarkand|Bukhara|Namangan", u"TK|SA|BU|NG",
           u"Amir Temur Street|Navoi Street|Mustaqillik Avenue", u"######", 3},
    Locale{u"KEN", u"KE", u"+254", u"Mwangi|Otieno|Kamau|Wanjiru|Odhiambo|Kiprop|Mutua",
           u"Wanjiku|Akinyi|Njeri|Chebet", u"Brian|Kevin|Dennis|Kipchoge|Otieno",
           u"Nairobi|Mombasa|Kisumu|Eldoret", u"NBO|MSA|KSM|ELD",
           u"Moi Avenue|Kenyatta Avenue|Ngong Road", u"#####", 3},
    Locale{u"POL", u"PL", u"+48", u"Kowalski|Nowak|Wiśniewski|Wójcik|Kamiński|Lewandowska",
           u"Zofia|Małgorzata|Agnieszka|Katarzyna", u"Jakub|Łukasz|Piotr|Krzysztof|Paweł",
           u"Warszawa|Kraków|Łódź|Wrocław|Gdańsk", u"MZ|MA|LD|DS|PM",
           u"ul. Marszałkowska|ul. Floriańska|ul. Piotrkowska", u"##-###", 2},
    Locale{u"COL", u"CO", u"+57", u"García|Rodríguez|Martínez|López|Hernández|Gómez|Muñoz",
           u"Valentina|Sofía|Mariana|Daniela|Camila", u"Santiago|Sebastián|Andrés|Felipe|Julián",
           u"Bogotá|Medellín|Cali|Barranquilla", u"DC|ANT|VAC|ATL",
           u"Carrera Séptima|Calle 72|Avenida El Poblado", u"######", 3},
    Locale{u"UKR", u"UA", u"+380", u"Shevchenko|Kovalenko|Bondarenko|Tkachenko|Melnyk|Kravchenko",
           u"Olena|Iryna|Oksana|Yuliia|Kateryna", u"Andrii|Oleksandr|Dmytro|Serhii|Taras",
           u"Kyiv|Lviv|Kharkiv|Odesa|Dnipro", u"KV|LV|KH|OD|DP",
           u"Khreshchatyk|Svobody Avenue|Deribasivska Street", u"#####", 3},
    Locale{u"SAU", u"SA", u"+966", u"Al-Qahtani|Al-Otaibi|Al-Ghamdi|Al-Harbi|Al-Zahrani|Al-Shehri",
           u"Noura|Reem|Lama|Hessa|Sara", u"Abdullah|Faisal|Khalid|Saud|Turki",
           u"Riyadh|Jeddah|Dammam|Mecca", u"RI|MK|EP",
           u"King Fahd Road|Tahlia Street|Prince Sultan Road", u"#####", 4},
    Locale{u"DEU", u"DE", u"+49", u"Müller|Schäfer|Weiß|Schröder|Köhler|Groß|Becker",
           u"Jürgen|Anke|Lena|Sophie|Käthe", u"Lukas|Jörg|Felix|Maximilian|Björn",
           u"München|Köln|Düsseldorf|Berlin|Hamburg", u"BY|NW|BE|HH",
           u"Hauptstraße|Bahnhofstraße|Schloßallee", u"#####", 2},
    Locale{u"GBR", u"GB", u"+44", u"Smith|Jones|Williams|Taylor|Brown|Davies|Evans",
           u"Emily|Olivia|Amelia|Charlotte", u"Oliver|Harry|George|Thomas|James",
           u"London|Manchester|Birmingham|Leeds|Cardiff", u"LDN|MAN|BIR|LDS|CRF",
           u"High Street|Station Road|Church Lane|Victoria Road", u"AA# #AA", 2},
};

QList<QStringView> splitList(QStringView list)
{
    return list.split(u'|');
}

QStringView pickFrom(QRandomGenerator &rng, QStringView list)
{
    const QList<QStringView> items = splitList(list);
    return items.at(rng.bounded(int(items.size())));
}

const Locale &pickLocale(QRandomGenerator &rng)
{
    static const int totalWeight = [] {
        int sum = 0;
        for (const Locale &l : locales)
            sum += l.weight;
        return sum;
    }();
    int ticket = rng.bounded(totalWeight);
    for (const Locale &l : locales) {
        if (ticket < l.weight)
            return l;
        ticket -= l.weight;
    }
    return locales.front();
}

const Locale &localeFor(QStringView country)
{
    for (const Locale &l : locales) {
        if (l.country == country)
            return l;
    }
    return locales.back();
}

QString digits(QRandomGenerator &rng, int count)
{
    QString text;
    text.reserve(count);
    for (int i = 0; i < count; ++i)
        text.append(QChar(u'0' + rng.bounded(10)));
    return text;
}

QString fillPattern(QRandomGenerator &rng, QStringView pattern)
{
    QString text;
    for (const QChar c : pattern) {
        if (c == u'#')
            text.append(QChar(u'0' + rng.bounded(10)));
        else if (c == u'A')
            text.append(QChar(u'A' + rng.bounded(26)));
        else
            text.append(c);
    }
    return text;
}

// Latin letters only, upper case, diacritics dropped: what goes into TRF numbers and e-mail names.
QString asciiLetters(QStringView text)
{
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_KD);
    QString letters;
    for (const QChar c : decomposed) {
        if ((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z'))
            letters.append(c.toUpper());
    }
    return letters;
}

QString padded(QString text, int length)
{
    text.truncate(length);
    while (text.size() < length)
        text.append(u'X');
    return text;
}

QString yyyymmdd(QDate date)
{
    return date.toString(u"yyyyMMdd");
}

QString bandText(double band)
{
    return QString::number(band, 'f', 2);
}

double clampBand(double value)
{
    return std::clamp(value, 3.0, 9.0);
}

// Whole and half bands; an average that falls on a quarter rounds up, as IELTS rounds.
double roundToHalfBand(double value)
{
    return std::floor(value * 2.0 + 0.5) / 2.0;
}

// Everything one record says, before it becomes an ordered field list.
struct Draft
{
    QString roName, roId, candidateId, idType, centreNumber, candidateNumber;
    QDate testDate;
    QString module, familyName, firstName;
    QDate dateOfBirth;
    QString gender;
    std::array<QString, 5> scores; // listening, reading, writing, speaking, overall
    QString trfNumber, telephone, postalAddress;
    std::array<QString, 4> addressLines;
    QString region, town, postCode, country, countryCode, candidateEmail, status;
    QDateTime lastModified;
    QString trfLetters; // set to override the letters taken from the names
    QString centreLetters, centreDigits;

    void composeTrf()
    {
        const QString letters = trfLetters.isEmpty() ? padded(asciiLetters(familyName), 3) +
                                                           padded(asciiLetters(firstName), 1)
                                                     : trfLetters;
        trfNumber = QString::number(testDate.year() % 100).rightJustified(2, u'0') + centreLetters +
                    candidateNumber + letters + centreDigits +
                    (module == u"Academic" ? u'A' : u'G');
    }

    void composePostalAddress()
    {
        QStringList parts;
        for (const QString &line : addressLines) {
            if (!line.isEmpty())
                parts.append(line);
        }
        parts.append(QString(town + u' ' + postCode).trimmed());
        parts.append(country);
        postalAddress = parts.join(u", "_s);
    }

    QList<std::pair<QString, QString>> fields() const
    {
        return {
            {u"roName"_s, roName},
            {u"roId"_s, roId},
            {u"candidateId"_s, candidateId},
            {u"idType"_s, idType},
            {u"centreNumber"_s, centreNumber},
            {u"candidateNumber"_s, candidateNumber},
            {u"testDate"_s, yyyymmdd(testDate)},
            {u"module"_s, module},
            {u"familyName"_s, familyName},
            {u"firstName"_s, firstName},
            {u"dateOfBirth"_s, yyyymmdd(dateOfBirth)},
            {u"gender"_s, gender},
            {u"listeningScore"_s, scores[0]},
            {u"readingScore"_s, scores[1]},
            {u"writingScore"_s, scores[2]},
            {u"speakingScore"_s, scores[3]},
            {u"overallBandScore"_s, scores[4]},
            {u"trfNumber"_s, trfNumber},
            {u"telephone"_s, telephone},
            {u"postalAddress"_s, postalAddress},
            {u"addressLine1"_s, addressLines[0]},
            {u"addressLine2"_s, addressLines[1]},
            {u"addressLine3"_s, addressLines[2]},
            {u"addressLine4"_s, addressLines[3]},
            {u"region"_s, region},
            {u"town"_s, town},
            {u"postCode"_s, postCode},
            {u"country"_s, country},
            {u"countryCode"_s, countryCode},
            {u"candidateEmail"_s, candidateEmail},
            {u"status"_s, status},
            {u"lastModifiedDate"_s, ApiDate::formatDateTime(lastModified)},
        };
    }
};

struct Organisation
{
    QStringView name;
    QStringView id;
};
constexpr std::array organisations = {Organisation{u"PT517", u"103428"},
                                      Organisation{u"PT517-ADM", u"103429"},
                                      Organisation{u"PT517-PG", u"103431"}};

class Generator
{
public:
    Generator(const SandboxConfig &config)
        : m_rng(config.seed)
        , m_anchor(config.anchor.isValid() ? config.anchor.toUTC() : SandboxConfig::defaultAnchor())
        , m_spanSeconds(qint64(std::max(config.spanDays, 0)) * 86400)
        , m_seed(config.seed)
    {
        m_anchor = m_anchor.addMSecs(-m_anchor.time().msec());
    }

    QDateTime anchor() const { return m_anchor; }

    Draft ordinary(int index, const Locale &locale)
    {
        Draft d;
        const Organisation &ro = organisations[m_rng.bounded(int(organisations.size()))];
        d.roName = ro.name.toString();
        d.roId = ro.id.toString();

        // Recent days are denser: most sharing happens soon after results come out.
        const double u = m_rng.generateDouble();
        d.lastModified = m_anchor.addSecs(-qint64(u * u * double(m_spanSeconds)));

        d.countryCode = locale.country.toString();
        d.country = Countries::nameFor(d.countryCode);
        if (m_rng.bounded(8) == 0) { // some candidates live away from their test centre's country
            const QList<Countries::Entry> &table = Countries::all();
            if (!table.isEmpty()) {
                const Countries::Entry &entry = table.at(m_rng.bounded(int(table.size())));
                if (entry.code.size() == 3) {
                    d.countryCode = entry.code;
                    d.country = entry.name;
                }
            }
        }

        const bool female = m_rng.bounded(2) == 0;
        d.gender = female ? u"F"_s : u"M"_s;
        d.familyName = pickFrom(m_rng, locale.families).toString().toUpper();
        d.firstName =
            pickFrom(m_rng, female ? locale.femaleNames : locale.maleNames).toString().toUpper();
        d.module = m_rng.bounded(10) < 7 ? u"Academic"_s : u"General Training"_s;
        d.testDate = d.lastModified.date().addDays(-13 - m_rng.bounded(400));
        d.dateOfBirth = d.testDate.addYears(-16 - m_rng.bounded(30)).addDays(-m_rng.bounded(365));

        d.centreLetters = locale.centreLetters.toString();
        d.centreDigits = QString::number(1 + m_rng.bounded(120)).rightJustified(3, u'0');
        d.centreNumber = d.centreLetters + d.centreDigits;
        // Unique per record: 4099 is coprime with 10^6, so indexes below a million never collide.
        d.candidateNumber =
            QString::number((qint64(index) * 4099 + qint64(m_seed % 1000) * 7) % 1000000)
                .rightJustified(6, u'0');

        if (m_rng.bounded(3) == 0) {
            d.idType = u"P"_s;
            d.candidateId = QChar(u'A' + m_rng.bounded(26)) + digits(m_rng, 8);
        } else {
            d.idType = u"I"_s;
            d.candidateId = u"ZID"_s + digits(m_rng, 10);
        }

        scores(d);

        d.telephone = locale.phonePrefix + u' ' + digits(m_rng, 3) + u' ' + digits(m_rng, 3) +
                      u' ' + digits(m_rng, 4);
        d.addressLines[0] =
            QString::number(1 + m_rng.bounded(240)) + u' ' + pickFrom(m_rng, locale.streets);
        if (m_rng.bounded(3) == 0)
            d.addressLines[1] = u"Apartment "_s + QString::number(1 + m_rng.bounded(60));
        if (m_rng.bounded(5) == 0)
            d.addressLines[2] = u"Block "_s + QChar(u'A' + m_rng.bounded(8));
        d.town = pickFrom(m_rng, locale.towns).toString();
        d.region = pickFrom(m_rng, locale.regions).toString();
        if (d.countryCode != locale.country) { // an address abroad: no local street or town names
            d.addressLines[0] = QString::number(1 + m_rng.bounded(240)) + u" Main Street"_s;
            d.town = u"Central District"_s;
            d.region.clear();
        }
        d.postCode = fillPattern(m_rng, locale.postCode);
        d.candidateEmail = email(d.firstName, d.familyName);
        d.status = u"RELEASED"_s;
        d.composeTrf();
        d.composePostalAddress();
        return d;
    }

    void scores(Draft &d)
    {
        const double ability = 4.5 + m_rng.generateDouble() * 4.0;
        double sum = 0;
        for (int skill = 0; skill < 4; ++skill) {
            const double band =
                clampBand(roundToHalfBand(ability + (m_rng.generateDouble() * 2.0 - 1.0)));
            sum += band;
            d.scores[skill] = bandText(band);
        }
        d.scores[4] = bandText(roundToHalfBand(sum / 4.0));
    }

    QString email(const QString &first, const QString &family)
    {
        static constexpr std::array domains = {u"example.com", u"example.org", u"example.net"};
        QString local = asciiLetters(first).toLower();
        const QString familyLetters = asciiLetters(family).toLower();
        if (local.isEmpty())
            local = familyLetters.isEmpty() ? u"candidate"_s : familyLetters;
        else if (!familyLetters.isEmpty())
            local += u'.' + familyLetters;
        return local + QString::number(m_rng.bounded(100)) + u'@' +
               QStringView(domains[m_rng.bounded(int(domains.size()))]);
    }

    QList<std::pair<QString, QString>> osrFields(Draft &d, int index)
    {
        static constexpr std::array skills = {u"Listening", u"Reading", u"Writing", u"Speaking"};
        const int skill = m_rng.bounded(4);
        // The retake comes a few weeks after the full test and has its own TRF number; the record
        // keeps the full test's date, carries the new number and scores, and names the original.
        const QDate retakeDate = d.testDate.addDays(14 + m_rng.bounded(40));
        Draft original = d;
        original.candidateNumber =
            QString::number((qint64(index) * 4099 + 500000) % 1000000).rightJustified(6, u'0');
        original.composeTrf();
        const QDate fullTestDate = d.testDate;
        const QDate osrTestDate = std::min(retakeDate, d.lastModified.date().addDays(-3));
        d.testDate = osrTestDate; // the new TRF number carries the year of the retake
        d.composeTrf();
        d.testDate = fullTestDate;
        const double improved =
            std::min(9.0, d.scores[skill].toDouble() + 0.5 * (1 + m_rng.bounded(2)));
        d.scores[skill] = bandText(improved);
        double sum = 0;
        for (int s = 0; s < 4; ++s)
            sum += d.scores[s].toDouble();
        d.scores[4] = bandText(roundToHalfBand(sum / 4.0));
        return {
            {u"osrFlag"_s, u"Y"_s},
            {u"osrSkill"_s, QStringView(skills[skill]).toString()},
            {u"osrOriginalTrfNumber"_s, original.trfNumber},
            {u"osrTestDate"_s, yyyymmdd(osrTestDate)},
        };
    }

    QRandomGenerator &rng() { return m_rng; }

private:
    QRandomGenerator m_rng;
    QDateTime m_anchor;
    qint64 m_spanSeconds;
    quint32 m_seed;
};

void setCountry(Draft &d, const QString &code)
{
    d.countryCode = code;
    d.country = Countries::nameFor(code);
}

// Shapes the special record `which` out of an ordinary draft.
void makeSpecial(SandboxDataSet::Special which, Draft &d)
{
    using Special = SandboxDataSet::Special;
    switch (which) {
    case Special::Diacritics:
        d.familyName = u"Ñúñez"_s;
        d.firstName = u"José Ángel"_s;
        d.town = u"A Coruña"_s;
        d.addressLines = {u"Rúa Nova 7"_s, u"3º izquierda"_s, QString(), QString()};
        setCountry(d, u"ESP"_s);
        d.centreLetters = u"ES"_s;
        break;
    case Special::Icelandic:
        d.familyName = u"Þórsdóttir"_s;
        d.firstName = u"Zoë"_s;
        d.trfLetters = u"THOZ"_s;
        d.town = u"Reykjavík"_s;
        d.addressLines = {u"Laugavegur 12"_s, QString(), QString(), QString()};
        setCountry(d, u"ISL"_s);
        d.centreLetters = u"IS"_s;
        break;
    case Special::ChineseName:
        d.familyName = u"王"_s;
        d.firstName = u"小龙"_s;
        d.trfLetters = u"WANX"_s;
        d.town = u"北京"_s;
        d.addressLines = {u"朝阳区建国路88号"_s, u"3号楼1205室"_s, QString(), QString()};
        setCountry(d, u"CHN"_s);
        d.centreLetters = u"CN"_s;
        break;
    case Special::ArabicName:
        d.familyName = u"عبد الله"_s;
        d.firstName = u"محمد"_s;
        d.trfLetters = u"ABDM"_s;
        d.town = u"الرياض"_s;
        d.addressLines = {u"طريق الملك فهد 45"_s, QString(), QString(), QString()};
        setCountry(d, u"SAU"_s);
        d.centreLetters = u"SA"_s;
        break;
    case Special::Apostrophe:
        d.familyName = u"O'Brien"_s;
        d.firstName = u"Siobhán"_s;
        d.town = u"Dún Laoghaire"_s;
        d.addressLines = {u"14 St. Mary's Road"_s, QString(), QString(), QString()};
        setCountry(d, u"IRL"_s);
        d.centreLetters = u"IE"_s;
        break;
    case Special::AddressPunctuation:
        d.familyName = u"Smith-Jones"_s;
        d.firstName = u"Anna, Maria"_s;
        d.addressLines = {u"Flat 4, \"The Maltings\", 12 High St"_s, u"Building B\nSecond floor"_s,
                          u"c/o \"Jones\"; rear entrance"_s, u"Tab\there, backslash \\ here"_s};
        d.town = u"Stratford-upon-Avon"_s;
        setCountry(d, u"GBR"_s);
        d.centreLetters = u"GB"_s;
        break;
    case Special::FormulaLike:
        d.addressLines = {u"=HYPERLINK(\"http://x\",\"y\")"_s, u"=1+2"_s, QString(), QString()};
        d.telephone = u"+44 20 7946 0000"_s;
        d.town = u"-Minus"_s;
        d.candidateEmail = u"@handle"_s;
        setCountry(d, u"GBR"_s);
        d.centreLetters = u"GB"_s;
        break;
    case Special::UnknownCountry:
        d.countryCode = u"ZZZ"_s;
        d.country = u"Atlantis"_s;
        break;
    case Special::CountryOther:
        setCountry(d, u"0"_s);
        break;
    case Special::CountryUnk:
        setCountry(d, u"UNK"_s);
        break;
    case Special::CountryXxx:
        setCountry(d, u"XXX"_s);
        break;
    case Special::CountryXkx:
        setCountry(d, u"XKX"_s);
        d.town = u"Prishtinë"_s;
        break;
    case Special::Withheld:
        d.status = u"WITHHELD"_s;
        d.scores = {};
        break;
    case Special::Cancelled:
        d.status = u"CANCELLED"_s;
        break;
    case Special::CorruptPhoto:
    case Special::OneSkillRetake:
    case Special::Count:
        break;
    }
    d.centreNumber = d.centreLetters + d.centreDigits;
    d.composeTrf();
    d.composePostalAddress();
}

const Locale &specialLocale(SandboxDataSet::Special which)
{
    using Special = SandboxDataSet::Special;
    switch (which) {
    case Special::Diacritics:
        return localeFor(u"COL");
    case Special::ChineseName:
        return localeFor(u"CHN");
    case Special::ArabicName:
        return localeFor(u"SAU");
    case Special::Apostrophe:
    case Special::AddressPunctuation:
    case Special::FormulaLike:
        return localeFor(u"GBR");
    default:
        return localeFor(u"IND");
    }
}

} // namespace

QString SandboxRecord::value(QStringView field) const
{
    for (const auto &[name, text] : fields) {
        if (name == field)
            return text;
    }
    for (const auto &[name, text] : osrFields) {
        if (name == field)
            return text;
    }
    return {};
}

SandboxDataSet::SandboxDataSet(const SandboxConfig &config)
{
    Generator generator(config);
    const int count = std::max(config.records, 0);
    m_records.reserve(count);

    for (int i = 0; i < count; ++i) {
        const bool special = i < specialCount;
        const auto which = Special(i);
        Draft d =
            generator.ordinary(i, special ? specialLocale(which) : pickLocale(generator.rng()));
        if (special)
            makeSpecial(which, d);

        SandboxRecord record;
        // Every few records share the instant of the one before, so ties must be ordered.
        if (!special && i % 40 == 0 && !m_records.isEmpty())
            d.lastModified = m_records.constLast().lastModified;
        if (i == count - 1)
            d.lastModified = generator.anchor();

        const bool retake =
            special ? which == Special::OneSkillRetake : generator.rng().bounded(20) == 0;
        if (retake)
            record.osrFields = generator.osrFields(d, i);

        record.portrait = generator.rng().bounded(SandboxPortraits::poolSize);
        // About one record in ten sends its photo as a plain string; the Icelandic one always does.
        const bool plain = special ? which == Special::Icelandic : generator.rng().bounded(10) == 0;
        record.photoShape =
            plain ? SandboxRecord::PhotoShape::String : SandboxRecord::PhotoShape::Object;
        record.corruptPhoto = special && which == Special::CorruptPhoto;
        record.trfNumber = d.trfNumber;
        record.lastModified = d.lastModified;
        record.fields = d.fields();
        m_byTrf.insert(record.trfNumber, int(m_records.size()));
        m_records.append(std::move(record));
    }

    // A JPEG start-of-image marker followed by noise: it looks like a JPEG to a sniffer, but no
    // decoder can read it.
    QRandomGenerator noise(config.seed ^ 0xbadc0deu);
    m_corruptPhoto = QByteArray("\xff\xd8\xff\xe0", 4);
    for (int i = 0; i < 2048; ++i)
        m_corruptPhoto.append(char(noise.bounded(256)));
    sortOrder();
}

void SandboxDataSet::sortOrder()
{
    m_order.resize(m_records.size());
    std::iota(m_order.begin(), m_order.end(), 0);
    std::sort(m_order.begin(), m_order.end(), [this](int a, int b) {
        const SandboxRecord &ra = m_records.at(a);
        const SandboxRecord &rb = m_records.at(b);
        if (ra.lastModified != rb.lastModified)
            return ra.lastModified < rb.lastModified;
        return ra.trfNumber < rb.trfNumber;
    });
}

QList<int> SandboxDataSet::indexesInRange(const QDateTime &start, const QDateTime &end) const
{
    const auto first = std::lower_bound(
        m_order.cbegin(), m_order.cend(), start,
        [this](int index, const QDateTime &t) { return m_records.at(index).lastModified < t; });
    const auto last =
        std::upper_bound(first, m_order.cend(), end, [this](const QDateTime &t, int index) {
            return t < m_records.at(index).lastModified;
        });
    return QList<int>(first, last);
}

QList<SandboxRecord> SandboxDataSet::recordsInRange(const QDateTime &start,
                                                    const QDateTime &end) const
{
    QList<SandboxRecord> result;
    const QList<int> indexes = indexesInRange(start, end);
    result.reserve(indexes.size());
    for (const int index : indexes)
        result.append(m_records.at(index));
    return result;
}

const SandboxRecord *SandboxDataSet::find(const QString &trfNumber) const
{
    const int index = indexOf(trfNumber);
    return index < 0 ? nullptr : &m_records.at(index);
}

int SandboxDataSet::indexOf(const QString &trfNumber) const
{
    return m_byTrf.value(trfNumber, -1);
}

QString SandboxDataSet::trf(Special special) const
{
    const int index = int(special);
    return index < m_records.size() ? m_records.at(index).trfNumber : QString();
}

QByteArray SandboxDataSet::photoBytes(const SandboxRecord &record) const
{
    return record.corruptPhoto ? m_corruptPhoto : SandboxPortraits::jpeg(record.portrait);
}

QByteArray SandboxDataSet::photoBase64(const SandboxRecord &record) const
{
    return record.corruptPhoto ? m_corruptPhoto.toBase64()
                               : SandboxPortraits::base64(record.portrait);
}

bool SandboxDataSet::setLastModified(const QString &trfNumber, const QDateTime &utc)
{
    const int index = indexOf(trfNumber);
    if (index < 0)
        return false;
    SandboxRecord &record = m_records[index];
    record.lastModified = utc.toUTC();
    for (auto &[name, text] : record.fields) {
        if (name == u"lastModifiedDate")
            text = ApiDate::formatDateTime(record.lastModified);
    }
    sortOrder();
    return true;
}

QDateTime SandboxDataSet::newest() const
{
    return m_order.isEmpty() ? QDateTime() : m_records.at(m_order.constLast()).lastModified;
}

QDateTime SandboxDataSet::oldest() const
{
    return m_order.isEmpty() ? QDateTime() : m_records.at(m_order.constFirst()).lastModified;
}

namespace {

// One line of the sample applicant list, in the order of sampleApplicantListHeaders().
struct SampleRow
{
    QString trf, familyName, firstName, dateOfBirth;
    QString overall, listening, reading, writing, speaking;
    QString programme;
};

enum class DobStyle
{
    Iso,     // 1990-04-23
    Slashed, // 23/04/1990, only for days above 12 so the order is never in doubt
    Compact  // 19900423
};

QString dobText(const QDate &date, DobStyle style)
{
    if (style == DobStyle::Slashed && date.day() > 12)
        return date.toString(u"dd/MM/yyyy");
    if (style == DobStyle::Compact)
        return date.toString(u"yyyyMMdd");
    return date.toString(u"yyyy-MM-dd");
}

// "7.00" as an applicant writes it: "7"; "6.50": "6.5".
QString bandClaim(const QString &text)
{
    bool ok = false;
    const double band = text.toDouble(&ok);
    return ok ? QString::number(band) : QString();
}

// "DELA CRUZ" -> "Dela Cruz", "JI-WOO" -> "Ji-Woo": how admissions systems tend to store names.
QString titleCase(const QString &name)
{
    QString text = name.toLower();
    bool start = true;
    for (QChar &c : text) {
        if (start && c.isLetter())
            c = c.toUpper();
        start = !c.isLetter();
    }
    return text;
}

QString withoutDiacritics(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString plain;
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            plain.append(c);
    }
    return plain;
}

bool isAscii(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 128; });
}

QByteArray csvLine(const QStringList &cells)
{
    QStringList quoted;
    for (const QString &cell : cells) {
        const bool needsQuotes = cell.contains(u',') || cell.contains(u'"') ||
                                 cell.contains(u'\n') || cell.contains(u'\r') ||
                                 cell.startsWith(u' ') || cell.endsWith(u' ');
        quoted.append(needsQuotes ? u'"' + QString(cell).replace(u"\""_s, u"\"\""_s) + u'"' : cell);
    }
    return quoted.join(u',').toUtf8() + "\r\n";
}

constexpr std::array programmes = {
    u"MSc Data Science",
    u"BA (Hons) Economics",
    u"MA International Relations",
    u"LLM Commercial Law",
    u"BSc (Hons) Nursing",
    u"MBA",
    u"PhD Chemistry",
    u"MEng Civil Engineering",
    u"MSc Public Health",
    u"BSc (Hons) Computer Science",
    u"MA TESOL",
    u"MRes Neuroscience",
    u"MSc Finance",
    u"BA (Hons) Architecture",
    u"MSc Mechanical Engineering",
    u"LLB Law",
    u"MSc Marketing",
    u"BSc (Hons) Pharmacy",
};

// Picks the records the sample list is made of, each at most once.
class SamplePicker
{
public:
    explicit SamplePicker(const QList<SandboxRecord> &records)
        : m_records(records)
    {}

    // The next ordinary released record (not a special, not a retake) that `accept` takes.
    template <typename Accept> const SandboxRecord *next(Accept accept)
    {
        for (qsizetype i = SandboxDataSet::specialCount; i < m_records.size(); ++i) {
            const SandboxRecord &record = m_records.at(i);
            if (m_used.contains(i) || record.isOneSkillRetake() ||
                record.value(u"status") != u"RELEASED" ||
                record.value(u"overallBandScore").isEmpty() || !accept(record)) {
                continue;
            }
            m_used.insert(i);
            return &record;
        }
        return nullptr;
    }
    const SandboxRecord *next()
    {
        return next([](const SandboxRecord &) { return true; });
    }
    const SandboxRecord *special(SandboxDataSet::Special which) const
    {
        const int index = int(which);
        return index < m_records.size() ? &m_records.at(index) : nullptr;
    }

private:
    const QList<SandboxRecord> &m_records;
    QSet<qsizetype> m_used;
};

QDate recordDob(const SandboxRecord &record)
{
    return QDate::fromString(record.value(u"dateOfBirth"), u"yyyyMMdd");
}

// The claim of an applicant who copied everything right from the Test Report Form.
SampleRow claimOf(const SandboxRecord &record, DobStyle style, bool withSkills)
{
    SampleRow row;
    row.trf = record.trfNumber;
    row.familyName = record.value(u"familyName");
    row.firstName = record.value(u"firstName");
    row.dateOfBirth = dobText(recordDob(record), style);
    row.overall = bandClaim(record.value(u"overallBandScore"));
    if (withSkills) {
        row.listening = bandClaim(record.value(u"listeningScore"));
        row.reading = bandClaim(record.value(u"readingScore"));
        row.writing = bandClaim(record.value(u"writingScore"));
        row.speaking = bandClaim(record.value(u"speakingScore"));
    }
    return row;
}

bool hasInnerSpace(const SandboxRecord &record)
{
    return record.value(u"firstName").contains(u' ') || record.value(u"familyName").contains(u' ');
}

bool hasHyphen(const SandboxRecord &record)
{
    return record.value(u"firstName").contains(u'-') || record.value(u"familyName").contains(u'-');
}

} // namespace

QStringList SandboxDataSet::sampleApplicantListHeaders()
{
    return {u"Applicant ID"_s,  u"TRF number"_s, u"Family name"_s, u"First name"_s,
            u"Date of birth"_s, u"Overall"_s,    u"Listening"_s,   u"Reading"_s,
            u"Writing"_s,       u"Speaking"_s,   u"Programme"_s};
}

QByteArray SandboxDataSet::sampleApplicantList() const
{
    SamplePicker pick(m_records);
    QList<SampleRow> rows;
    const auto styleFor = [&rows] {
        return DobStyle(rows.size() % 3);
    };
    const auto add = [&rows](std::optional<SampleRow> row) {
        if (row)
            rows.append(*row);
    };
    const auto exact = [&](bool withSkills) -> std::optional<SampleRow> {
        const SandboxRecord *r = pick.next();
        if (!r)
            return std::nullopt;
        return claimOf(*r, styleFor(), withSkills);
    };
    const auto exactSpecial = [&](Special which, bool withSkills) -> std::optional<SampleRow> {
        const SandboxRecord *r = pick.special(which);
        if (!r)
            return std::nullopt;
        return claimOf(*r, styleFor(), withSkills);
    };
    // Rows that also name the person of an ordinary record, but whose TRF cell is what matters.
    const auto person = [&](const QString &trf) -> std::optional<SampleRow> {
        const SandboxRecord *r = pick.next();
        if (!r)
            return std::nullopt;
        SampleRow row = claimOf(*r, styleFor(), false);
        row.familyName = titleCase(row.familyName);
        row.firstName = titleCase(row.firstName);
        row.trf = trf;
        return row;
    };

    add(exact(true));
    add([&]() -> std::optional<SampleRow> { // letter case
        const SandboxRecord *r = pick.next();
        if (!r)
            return std::nullopt;
        SampleRow row = claimOf(*r, styleFor(), false);
        row.familyName = titleCase(row.familyName);
        row.firstName = titleCase(row.firstName);
        return row;
    }());
    add(exact(true));
    add([&]() -> std::optional<SampleRow> { // accents left out
        auto row = exactSpecial(Special::Diacritics, true);
        if (row) {
            row->familyName = withoutDiacritics(row->familyName);
            row->firstName = withoutDiacritics(row->firstName);
        }
        return row;
    }());
    add([&]() -> std::optional<SampleRow> { // a day-first date of birth that cannot be misread
        const SandboxRecord *r =
            pick.next([](const SandboxRecord &record) { return recordDob(record).day() > 12; });
        if (!r)
            return std::nullopt;
        return claimOf(*r, DobStyle::Slashed, true);
    }());
    add([&]() -> std::optional<SampleRow> { // a claimed overall band above the real one
        const SandboxRecord *r = pick.next([](const SandboxRecord &record) {
            return record.value(u"overallBandScore").toDouble() <= 8.0;
        });
        if (!r)
            return std::nullopt;
        SampleRow row = claimOf(*r, styleFor(), true);
        row.overall = QString::number(r->value(u"overallBandScore").toDouble() + 1.0);
        return row;
    }());
    add(exactSpecial(Special::Icelandic, true));
    add([&]() -> std::optional<SampleRow> { // extra spaces
        const SandboxRecord *r = pick.next(hasInnerSpace);
        if (!r)
            r = pick.next();
        if (!r)
            return std::nullopt;
        SampleRow row = claimOf(*r, styleFor(), true);
        if (row.firstName.contains(u' '))
            row.firstName.replace(u" "_s, u"  "_s);
        else if (row.familyName.contains(u' '))
            row.familyName.replace(u" "_s, u"  "_s);
        row.familyName += u' ';
        return row;
    }());
    add(person(QString())); // no TRF number yet
    add(exactSpecial(Special::ChineseName, false));
    add([&]() -> std::optional<SampleRow> { // a typographic apostrophe and no accent
        auto row = exactSpecial(Special::Apostrophe, true);
        if (row) {
            row->familyName.replace(u'\'', u'\u2019');
            row->firstName = withoutDiacritics(row->firstName);
        }
        return row;
    }());
    add(exact(false));
    add([&]() -> std::optional<SampleRow> { // given and family names the other way round
        const SandboxRecord *r = pick.next();
        if (!r)
            return std::nullopt;
        SampleRow row = claimOf(*r, styleFor(), true);
        std::swap(row.familyName, row.firstName);
        row.familyName = titleCase(row.familyName);
        row.firstName = titleCase(row.firstName);
        return row;
    }());
    add(exactSpecial(Special::Withheld, false));
    add(exact(true));
    add([&]() -> std::optional<SampleRow> { // a hyphen written as a space
        auto row = exactSpecial(Special::AddressPunctuation, false);
        if (row)
            row->familyName.replace(u'-', u' ');
        return row;
    }());
    add([&]() -> std::optional<SampleRow> { // a TRF number the service does not have
        const SandboxRecord *r = pick.next();
        if (!r || r->trfNumber.size() < 10)
            return std::nullopt;
        SampleRow row = claimOf(*r, styleFor(), false);
        row.familyName = titleCase(row.familyName);
        row.firstName = titleCase(row.firstName);
        for (int n = 999999; n > 0; --n) {
            QString trf = r->trfNumber;
            trf.replace(4, 6, QString::number(n).rightJustified(6, u'0'));
            if (!find(trf)) {
                row.trf = trf;
                return row;
            }
        }
        return std::nullopt;
    }());
    add([&]() -> std::optional<SampleRow> { // a spreadsheet formula where text belongs
        auto row = exact(true);
        if (row)
            row->programme = u"=HYPERLINK(\"http://example.com/apply\",\"MSc Finance\")"_s;
        return row;
    }());
    add([&]() -> std::optional<SampleRow> { // a wrong date of birth, written day first
        const SandboxRecord *r =
            pick.next([](const SandboxRecord &record) { return recordDob(record).day() > 12; });
        if (!r)
            return std::nullopt;
        SampleRow row = claimOf(*r, DobStyle::Slashed, false);
        row.dateOfBirth = dobText(recordDob(*r).addYears(1), DobStyle::Slashed);
        return row;
    }());
    add(person(u"12-AB!"_s));
    add(exactSpecial(Special::ArabicName, false));
    add([&]() -> std::optional<SampleRow> { // names typed in lower case
        auto row = exact(true);
        if (row) {
            row->familyName = row->familyName.toLower();
            row->firstName = row->firstName.toLower();
        }
        return row;
    }());
    add(exactSpecial(Special::Cancelled, true));
    // The first applicant again, applying for a second programme with the same TRF number.
    if (!rows.isEmpty() && !rows.constFirst().trf.isEmpty())
        rows.append(rows.constFirst());
    add(exactSpecial(Special::FormulaLike, true));
    add([&]() -> std::optional<SampleRow> { // a hyphen left out
        const SandboxRecord *r = pick.next(hasHyphen);
        if (!r)
            return std::nullopt;
        SampleRow row = claimOf(*r, styleFor(), false);
        row.familyName = titleCase(row.familyName).remove(u'-');
        row.firstName = titleCase(row.firstName).remove(u'-');
        return row;
    }());
    add([&]() -> std::optional<SampleRow> { // a TRF number copied in lower case, with a space
        auto row = exact(false);
        if (row && row->trf.size() > 6)
            row->trf = row->trf.toLower().insert(6, u' ');
        return row;
    }());
    add([&]() -> std::optional<SampleRow> { // a claimed writing band above the real one
        const SandboxRecord *r = pick.next([](const SandboxRecord &record) {
            return record.value(u"writingScore").toDouble() <= 8.5;
        });
        if (!r)
            return std::nullopt;
        SampleRow row = claimOf(*r, styleFor(), true);
        row.writing = QString::number(r->value(u"writingScore").toDouble() + 0.5);
        return row;
    }());
    add(exactSpecial(Special::OneSkillRetake, true));
    add(exactSpecial(Special::CorruptPhoto, false));
    add(exactSpecial(Special::UnknownCountry, true));
    add([&]() -> std::optional<SampleRow> { // no date of birth given
        auto row = exact(false);
        if (row) {
            row->familyName = titleCase(row->familyName);
            row->firstName = titleCase(row->firstName);
            row->dateOfBirth.clear();
        }
        return row;
    }());
    add([&]() -> std::optional<SampleRow> {
        const SandboxRecord *r =
            pick.next([](const SandboxRecord &record) { return recordDob(record).day() > 12; });
        if (!r)
            return std::nullopt;
        return claimOf(*r, DobStyle::Slashed, true);
    }());
    add(exact(true));
    add(exactSpecial(Special::CountryXkx, false));
    add(exact(false));
    add(exact(true));
    add([&]() -> std::optional<SampleRow> { // accents left out of an ordinary name
        const SandboxRecord *r = pick.next([](const SandboxRecord &record) {
            return !isAscii(record.value(u"familyName")) &&
                   isAscii(withoutDiacritics(record.value(u"familyName")));
        });
        if (!r)
            return std::nullopt;
        SampleRow row = claimOf(*r, styleFor(), true);
        row.familyName = titleCase(withoutDiacritics(row.familyName));
        row.firstName = titleCase(withoutDiacritics(row.firstName));
        return row;
    }());
    add(exact(true));
    add(exact(false));

    QByteArray csv = "\xEF\xBB\xBF"_ba + csvLine(sampleApplicantListHeaders());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const SampleRow &row = rows.at(i);
        // Sequential IDs with the gaps of applications withdrawn before the list was exported.
        const QString id = u"APP-%1"_s.arg(24000 + 117 + i * 3 + (i % 4 == 1 ? 1 : 0));
        const QString programme =
            row.programme.isEmpty()
                ? QStringView(programmes[(i * 7 + 3) % programmes.size()]).toString()
                : row.programme;
        csv += csvLine({id, row.trf, row.familyName, row.firstName, row.dateOfBirth, row.overall,
                        row.listening, row.reading, row.writing, row.speaking, programme});
    }
    return csv;
}

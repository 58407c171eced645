using OfficeJourney.Model;

namespace OfficeJourney.Vocabulary;

/// <summary>
/// Languages OfficeJourney reads but never writes: people keep journey maps in them, so their labels, emotion
/// words and placeholders are recognised. Nothing here changes what OfficeJourney writes (that is the first term
/// of each supported language in <see cref="LaneTerms"/>, <see cref="EmotionTerms"/> and <see cref="CommonTerms"/>),
/// and <see cref="Lexicon"/> indexes these tables after those, so a term already known keeps its meaning.
/// </summary>
internal static class RecognisedLanguages
{
    public const string Spanish = "es";
    public const string Portuguese = "pt";
    public const string French = "fr";
    public const string Italian = "it";
    public const string German = "de";
    public const string Russian = "ru";
    public const string Ukrainian = "uk";
    public const string Indonesian = "id";
    public const string Turkish = "tr";
    public const string Polish = "pl";
    public const string Dutch = "nl";

    public static IReadOnlyList<string> Tags { get; } =
        [Spanish, Portuguese, French, Italian, German, Russian, Ukrainian, Indonesian, Turkish, Polish, Dutch];

    /// <summary>
    /// Lane labels per language. "Tasks" follow English (actions), except in Russian and Ukrainian, where
    /// "задачи" / "завдання" beside "цели" / "цілі" name what the customer wants done (goals).
    /// </summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlyDictionary<LaneKind, string[]>> LaneLabels =
        new Dictionary<string, IReadOnlyDictionary<LaneKind, string[]>>
        {
            [Spanish] = new Dictionary<LaneKind, string[]>
            {
                [LaneKind.Goals] = ["objetivos", "objetivo", "metas", "objetivos del cliente", "necesidades", "necesidades del cliente", "expectativas"],
                [LaneKind.Touchpoints] = ["puntos de contacto", "punto de contacto", "puntos de interacción"],
                [LaneKind.Channels] = ["canales", "canal"],
                [LaneKind.Actions] = ["acciones", "acción", "acciones del cliente", "actividades", "tareas", "qué hace", "comportamiento"],
                [LaneKind.Thoughts] = ["pensamientos", "qué piensa", "preguntas", "qué dice"],
                [LaneKind.Emotions] = ["emociones", "emoción", "sentimientos", "qué siente", "estado de ánimo", "satisfacción", "nivel de satisfacción"],
                [LaneKind.PainPoints] = ["puntos de dolor", "punto de dolor", "dolores", "problemas", "fricciones", "barreras", "obstáculos", "frustraciones", "dificultades"],
                [LaneKind.Opportunities] = ["oportunidades", "oportunidad", "oportunidades de mejora", "soluciones", "mejoras", "recomendaciones"],
                [LaneKind.Kpis] = ["métricas", "indicadores", "indicadores clave"],
                [LaneKind.Owners] = ["responsable", "responsables", "departamento", "propietario", "dueño"],
                [LaneKind.Importance] = ["importancia", "prioridad"],
                [LaneKind.Frontstage] = ["acciones visibles", "primer plano"],
                [LaneKind.Backstage] = ["tras bambalinas", "bastidores", "acciones invisibles", "trastienda"],
                [LaneKind.SupportProcesses] = ["procesos de soporte", "procesos de apoyo"],
                [LaneKind.PhysicalEvidence] = ["evidencia física", "evidencias físicas"],
                [LaneKind.People] = ["empleados", "actores", "personal de contacto"],
                [LaneKind.Policies] = ["políticas", "normas", "normativa"],
                [LaneKind.Technology] = ["tecnología", "sistemas", "herramientas"],
            },
            [Portuguese] = new Dictionary<LaneKind, string[]>
            {
                [LaneKind.Goals] = ["objetivos", "metas", "necessidades", "expectativas"],
                [LaneKind.Touchpoints] = ["pontos de contato", "ponto de contato", "pontos de contacto", "ponto de contacto"],
                [LaneKind.Channels] = ["canais", "canal"],
                [LaneKind.Actions] = ["ações", "ação", "ações do cliente", "atividades", "tarefas", "o que faz", "comportamento"],
                [LaneKind.Thoughts] = ["pensamentos", "o que pensa", "perguntas", "dúvidas", "o que diz"],
                [LaneKind.Emotions] = ["emoções", "emoção", "sentimentos", "o que sente", "satisfação"],
                [LaneKind.PainPoints] = ["pontos de dor", "ponto de dor", "dores", "problemas", "barreiras", "obstáculos", "frustrações", "dificuldades"],
                [LaneKind.Opportunities] = ["oportunidades", "oportunidade", "oportunidades de melhoria", "soluções", "ideias", "melhorias", "recomendações"],
                [LaneKind.Kpis] = ["métricas", "indicadores"],
                [LaneKind.Owners] = ["responsável", "responsáveis", "departamento", "dono"],
                [LaneKind.Importance] = ["importância", "prioridade"],
                [LaneKind.Frontstage] = ["palco", "linha de frente", "ações visíveis"],
                [LaneKind.Backstage] = ["bastidores", "retaguarda", "ações invisíveis"],
                [LaneKind.SupportProcesses] = ["processos de suporte", "processos de apoio"],
                [LaneKind.PhysicalEvidence] = ["evidências físicas", "evidência física"],
                [LaneKind.People] = ["pessoas", "funcionários", "colaboradores", "atores"],
                [LaneKind.Policies] = ["políticas", "normas", "regras"],
                [LaneKind.Technology] = ["tecnologia", "sistemas", "ferramentas"],
            },
            [French] = new Dictionary<LaneKind, string[]>
            {
                [LaneKind.Goals] = ["objectifs", "objectif", "buts", "besoins", "attentes"],
                [LaneKind.Touchpoints] = ["points de contact", "point de contact"],
                [LaneKind.Channels] = ["canaux", "canal"],
                [LaneKind.Actions] = ["actions du client", "activités", "tâches", "ce qu'il fait", "ce qu'elle fait", "comportement"],
                [LaneKind.Thoughts] = ["pensées", "ce qu'il pense", "ce qu'elle pense", "verbatims", "verbatim"],
                [LaneKind.Emotions] = ["émotions", "sentiments", "ressenti", "ressentis", "ce qu'il ressent", "humeur"],
                [LaneKind.PainPoints] = ["points de douleur", "points de friction", "irritants", "problèmes", "freins", "obstacles", "difficultés"],
                [LaneKind.Opportunities] = ["opportunités", "opportunité", "pistes d'amélioration", "solutions", "idées", "améliorations"],
                [LaneKind.Kpis] = ["métriques", "indicateurs", "indicateurs clés"],
                [LaneKind.Owners] = ["responsable", "responsables", "propriétaire", "département", "équipe"],
                [LaneKind.Importance] = ["priorité"],
                [LaneKind.Frontstage] = ["actions visibles"],
                [LaneKind.Backstage] = ["coulisses", "actions invisibles"],
                [LaneKind.SupportProcesses] = ["processus de support", "processus de soutien"],
                [LaneKind.PhysicalEvidence] = ["preuves physiques", "preuve physique", "éléments tangibles"],
                [LaneKind.People] = ["personnes", "employés", "collaborateurs", "acteurs"],
                [LaneKind.Policies] = ["politiques", "règles", "réglementation"],
                [LaneKind.Technology] = ["technologie", "systèmes", "outils"],
            },
            [Italian] = new Dictionary<LaneKind, string[]>
            {
                [LaneKind.Goals] = ["obiettivi", "obiettivo", "bisogni", "esigenze", "aspettative"],
                [LaneKind.Touchpoints] = ["punti di contatto", "punto di contatto"],
                [LaneKind.Channels] = ["canali", "canale"],
                [LaneKind.Actions] = ["azioni", "azione", "azioni del cliente", "attività", "compiti", "cosa fa", "comportamento"],
                [LaneKind.Thoughts] = ["pensieri", "cosa pensa", "domande", "citazioni"],
                [LaneKind.Emotions] = ["emozioni", "emozione", "sentimenti", "sensazioni", "cosa prova", "umore", "soddisfazione"],
                [LaneKind.PainPoints] = ["punti di dolore", "punti critici", "criticità", "problemi", "ostacoli", "barriere", "frustrazioni", "difficoltà"],
                [LaneKind.Opportunities] = ["opportunità", "soluzioni", "idee", "miglioramenti", "raccomandazioni"],
                [LaneKind.Kpis] = ["metriche", "indicatori"],
                [LaneKind.Owners] = ["responsabile", "responsabili", "reparto", "proprietario"],
                [LaneKind.Importance] = ["importanza", "priorità"],
                [LaneKind.Frontstage] = ["palcoscenico", "azioni visibili"],
                [LaneKind.Backstage] = ["retroscena", "dietro le quinte", "azioni invisibili"],
                [LaneKind.SupportProcesses] = ["processi di supporto"],
                [LaneKind.PhysicalEvidence] = ["prove fisiche", "evidenze fisiche"],
                [LaneKind.People] = ["persone", "dipendenti", "attori", "personale"],
                [LaneKind.Policies] = ["politiche", "regole", "normative"],
                [LaneKind.Technology] = ["tecnologia", "sistemi", "strumenti"],
            },
            [German] = new Dictionary<LaneKind, string[]>
            {
                [LaneKind.Goals] = ["Ziele", "Ziel", "Kundenziele", "Bedürfnisse", "Erwartungen"],
                [LaneKind.Touchpoints] = ["Berührungspunkte", "Berührungspunkt", "Kontaktpunkte", "Kontaktpunkt"],
                [LaneKind.Channels] = ["Kanäle", "Kanal"],
                [LaneKind.Actions] = ["Aktionen", "Handlungen", "Aktivitäten", "Aufgaben", "Tätigkeiten", "Kundenaktionen", "Verhalten"],
                [LaneKind.Thoughts] = ["Gedanken", "Fragen", "Zitate", "was denkt der Kunde"],
                [LaneKind.Emotions] = ["Emotionen", "Gefühle", "Gefühl", "Stimmung", "Empfindungen", "Zufriedenheit"],
                [LaneKind.PainPoints] = ["Schmerzpunkte", "Probleme", "Hindernisse", "Barrieren", "Hürden", "Frustrationen", "Schwierigkeiten"],
                [LaneKind.Opportunities] = ["Chancen", "Möglichkeiten", "Lösungen", "Ideen", "Verbesserungen", "Verbesserungspotenzial", "Empfehlungen"],
                [LaneKind.Kpis] = ["Kennzahlen", "Metriken", "Messgrößen"],
                [LaneKind.Owners] = ["Verantwortlich", "Verantwortliche", "Verantwortung", "Zuständigkeit", "Abteilung"],
                [LaneKind.Importance] = ["Wichtigkeit", "Priorität", "Relevanz"],
                [LaneKind.Frontstage] = ["Vorderbühne", "sichtbare Aktionen"],
                [LaneKind.Backstage] = ["Hinterbühne", "unsichtbare Aktionen"],
                [LaneKind.SupportProcesses] = ["Unterstützungsprozesse", "Supportprozesse", "unterstützende Prozesse"],
                [LaneKind.PhysicalEvidence] = ["physische Evidenz", "physische Belege"],
                [LaneKind.People] = ["Personen", "Mitarbeiter", "Mitarbeitende", "Akteure", "Beteiligte"],
                [LaneKind.Policies] = ["Richtlinien", "Regeln", "Vorschriften"],
                [LaneKind.Technology] = ["Technologie", "Systeme", "Werkzeuge"],
            },
            [Russian] = new Dictionary<LaneKind, string[]>
            {
                [LaneKind.Goals] = ["цели", "цель", "цели и задачи", "задачи", "задачи клиента", "цели клиента", "потребности", "ожидания"],
                [LaneKind.Touchpoints] = ["точки контакта", "точка контакта", "точки касания", "точки взаимодействия"],
                [LaneKind.Channels] = ["каналы", "канал", "каналы коммуникации"],
                [LaneKind.Actions] = ["действия", "действия клиента", "что делает", "активности", "поведение"],
                [LaneKind.Thoughts] = ["мысли", "что думает", "мысли клиента", "вопросы", "цитаты"],
                [LaneKind.Emotions] = ["эмоции", "эмоция", "чувства", "ощущения", "настроение", "что чувствует", "удовлетворенность", "удовлетворённость", "эмоциональное состояние"],
                [LaneKind.PainPoints] = ["боли", "болевые точки", "проблемы", "барьеры", "препятствия", "трудности", "сложности"],
                [LaneKind.Opportunities] = ["возможности", "возможности улучшения", "решения", "идеи", "улучшения", "рекомендации", "точки роста"],
                [LaneKind.Kpis] = ["метрики", "показатели", "ключевые показатели"],
                [LaneKind.Owners] = ["ответственный", "ответственные", "отдел", "владелец", "команда"],
                [LaneKind.Importance] = ["важность", "приоритет", "значимость"],
                [LaneKind.Frontstage] = ["фронт-офис", "видимые действия"],
                [LaneKind.Backstage] = ["бэк-офис", "бэкофис", "невидимые действия", "закулисье"],
                [LaneKind.SupportProcesses] = ["вспомогательные процессы", "процессы поддержки", "поддерживающие процессы"],
                [LaneKind.PhysicalEvidence] = ["физические доказательства", "материальные свидетельства", "физические свидетельства"],
                [LaneKind.People] = ["люди", "сотрудники", "персонал", "участники"],
                [LaneKind.Policies] = ["политики", "правила", "регламенты"],
                [LaneKind.Technology] = ["технологии", "системы", "инструменты"],
            },
            [Ukrainian] = new Dictionary<LaneKind, string[]>
            {
                [LaneKind.Goals] = ["цілі", "ціль", "цілі та завдання", "завдання", "потреби", "очікування"],
                [LaneKind.Touchpoints] = ["точки контакту", "точка контакту", "точки дотику"],
                [LaneKind.Channels] = ["канали"],
                [LaneKind.Actions] = ["дії", "дії клієнта", "що робить", "поведінка"],
                [LaneKind.Thoughts] = ["думки", "що думає", "питання"],
                [LaneKind.Emotions] = ["емоції", "почуття", "відчуття", "настрій", "задоволеність"],
                [LaneKind.PainPoints] = ["болі", "больові точки", "проблеми", "бар'єри", "перешкоди", "труднощі"],
                [LaneKind.Opportunities] = ["можливості", "рішення", "ідеї", "покращення", "рекомендації"],
                [LaneKind.Kpis] = ["метрики", "показники"],
                [LaneKind.Owners] = ["відповідальний", "відповідальні", "відділ", "власник"],
                [LaneKind.Importance] = ["важливість", "пріоритет"],
                [LaneKind.Frontstage] = ["видимі дії"],
                [LaneKind.Backstage] = ["невидимі дії", "закулісся"],
                [LaneKind.SupportProcesses] = ["допоміжні процеси", "процеси підтримки"],
                [LaneKind.PhysicalEvidence] = ["фізичні докази"],
                [LaneKind.People] = ["люди", "співробітники", "персонал", "учасники"],
                [LaneKind.Policies] = ["політики", "правила"],
                [LaneKind.Technology] = ["технології", "системи", "інструменти"],
            },
            [Indonesian] = new Dictionary<LaneKind, string[]>
            {
                [LaneKind.Goals] = ["tujuan", "sasaran", "kebutuhan", "harapan"],
                [LaneKind.Touchpoints] = ["titik kontak", "titik sentuh"],
                [LaneKind.Channels] = ["saluran", "kanal"],
                [LaneKind.Actions] = ["tindakan", "aksi", "aktivitas", "kegiatan", "perilaku"],
                [LaneKind.Thoughts] = ["pikiran", "apa yang dipikirkan", "pertanyaan"],
                [LaneKind.Emotions] = ["emosi", "perasaan", "suasana hati", "kepuasan"],
                [LaneKind.PainPoints] = ["titik nyeri", "masalah", "kendala", "hambatan", "tantangan"],
                [LaneKind.Opportunities] = ["peluang", "kesempatan", "solusi", "perbaikan", "rekomendasi"],
                [LaneKind.Kpis] = ["metrik", "indikator"],
                [LaneKind.Owners] = ["penanggung jawab", "departemen", "pemilik"],
                [LaneKind.Importance] = ["kepentingan", "prioritas"],
                [LaneKind.SupportProcesses] = ["proses pendukung"],
                [LaneKind.PhysicalEvidence] = ["bukti fisik"],
                [LaneKind.People] = ["orang", "karyawan", "pegawai", "aktor"],
                [LaneKind.Policies] = ["kebijakan", "aturan", "peraturan"],
                [LaneKind.Technology] = ["teknologi", "sistem"],
            },
            [Turkish] = new Dictionary<LaneKind, string[]>
            {
                [LaneKind.Goals] = ["hedefler", "hedef", "amaçlar", "ihtiyaçlar", "beklentiler"],
                [LaneKind.Touchpoints] = ["temas noktaları", "temas noktası", "etkileşim noktaları"],
                [LaneKind.Channels] = ["kanallar"],
                [LaneKind.Actions] = ["eylemler", "aksiyonlar", "faaliyetler", "aktiviteler", "görevler", "davranışlar"],
                [LaneKind.Thoughts] = ["düşünceler", "sorular"],
                [LaneKind.Emotions] = ["duygular", "duygu", "hisler", "memnuniyet"],
                [LaneKind.PainPoints] = ["acı noktaları", "sorunlar", "problemler", "engeller", "zorluklar"],
                [LaneKind.Opportunities] = ["fırsatlar", "çözümler", "fikirler", "iyileştirmeler", "öneriler"],
                [LaneKind.Kpis] = ["metrikler", "göstergeler"],
                [LaneKind.Owners] = ["sorumlu", "sorumlular", "departman", "ekip"],
                [LaneKind.Importance] = ["önem", "öncelik"],
                [LaneKind.SupportProcesses] = ["destek süreçleri"],
                [LaneKind.PhysicalEvidence] = ["fiziksel kanıtlar"],
                [LaneKind.People] = ["kişiler", "çalışanlar", "personel", "aktörler"],
                [LaneKind.Policies] = ["politikalar", "kurallar"],
                [LaneKind.Technology] = ["teknoloji", "sistemler", "araçlar"],
            },
            [Polish] = new Dictionary<LaneKind, string[]>
            {
                [LaneKind.Goals] = ["cele", "cel", "potrzeby", "oczekiwania"],
                [LaneKind.Touchpoints] = ["punkty styku", "punkt styku", "punkty kontaktu"],
                [LaneKind.Channels] = ["kanały", "kanał"],
                [LaneKind.Actions] = ["działania", "działania klienta", "czynności", "zadania", "zachowania"],
                [LaneKind.Thoughts] = ["myśli", "co myśli", "pytania", "cytaty"],
                [LaneKind.Emotions] = ["emocje", "uczucia", "odczucia", "nastrój", "satysfakcja", "zadowolenie"],
                [LaneKind.PainPoints] = ["punkty bólu", "bolączki", "problemy", "bariery", "przeszkody", "trudności"],
                [LaneKind.Opportunities] = ["szanse", "możliwości", "rozwiązania", "pomysły", "usprawnienia", "rekomendacje"],
                [LaneKind.Kpis] = ["metryki", "wskaźniki"],
                [LaneKind.Owners] = ["odpowiedzialny", "odpowiedzialni", "dział", "właściciel", "zespół"],
                [LaneKind.Importance] = ["ważność", "priorytet"],
                [LaneKind.SupportProcesses] = ["procesy wspierające", "procesy wsparcia"],
                [LaneKind.PhysicalEvidence] = ["dowody fizyczne"],
                [LaneKind.People] = ["ludzie", "pracownicy", "personel", "aktorzy"],
                [LaneKind.Policies] = ["polityki", "zasady", "regulacje"],
                [LaneKind.Technology] = ["technologia", "systemy", "narzędzia"],
            },
            [Dutch] = new Dictionary<LaneKind, string[]>
            {
                [LaneKind.Goals] = ["doelen", "doel", "behoeften", "verwachtingen"],
                [LaneKind.Touchpoints] = ["contactmomenten", "contactmoment", "contactpunten", "raakvlakken"],
                [LaneKind.Channels] = ["kanalen", "kanaal"],
                [LaneKind.Actions] = ["acties", "handelingen", "activiteiten", "gedrag"],
                [LaneKind.Thoughts] = ["gedachten", "wat denkt de klant", "vragen", "citaten"],
                [LaneKind.Emotions] = ["emoties", "gevoelens", "gevoel", "stemming", "tevredenheid"],
                [LaneKind.PainPoints] = ["pijnpunten", "knelpunten", "problemen", "drempels", "obstakels", "frustraties"],
                [LaneKind.Opportunities] = ["kansen", "oplossingen", "ideeën", "verbeteringen", "aanbevelingen", "verbeterpunten"],
                [LaneKind.Kpis] = ["metrieken", "indicatoren", "kengetallen"],
                [LaneKind.Owners] = ["verantwoordelijke", "verantwoordelijken", "afdeling", "eigenaar"],
                [LaneKind.Importance] = ["belang", "prioriteit"],
                [LaneKind.SupportProcesses] = ["ondersteunende processen"],
                [LaneKind.PhysicalEvidence] = ["fysiek bewijs"],
                [LaneKind.People] = ["mensen", "medewerkers", "personeel", "actoren"],
                [LaneKind.Policies] = ["beleid", "regels"],
                [LaneKind.Technology] = ["technologie", "systemen", "hulpmiddelen"],
            },
        };

    /// <summary>Words that head the stage row or column, as <see cref="LaneTerms.Stage"/>.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> StageHeaders = new Dictionary<string, string[]>
    {
        [Spanish] = ["etapa", "etapas", "etapas del viaje", "paso", "pasos", "sección"],
        [Portuguese] = ["etapa", "etapas", "estágio", "estágios", "passo", "passos", "seção", "secção"],
        [French] = ["étape", "étapes", "étapes du parcours", "section"],
        [Italian] = ["tappa", "tappe", "passo", "passi", "sezione"],
        [German] = ["Etappe", "Etappen", "Schritt", "Schritte", "Stufe", "Stufen", "Abschnitt"],
        [Russian] = ["этап", "этапы", "этапы и задачи", "этапы пути", "шаг", "шаги", "стадия", "стадии"],
        [Ukrainian] = ["етап", "етапи", "етапи та завдання", "крок", "кроки", "стадія"],
        [Indonesian] = ["tahap", "tahapan", "langkah"],
        [Turkish] = ["aşama", "aşamalar", "adım", "adımlar"],
        [Polish] = ["etap", "etapy", "krok", "kroki"],
        [Dutch] = ["stap", "stappen", "klantreisfase"],
    };

    /// <summary>Words that head the phase row, as <see cref="LaneTerms.Phase"/>.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> PhaseHeaders = new Dictionary<string, string[]>
    {
        [Spanish] = ["fase", "fases"],
        [Portuguese] = ["fase", "fases"],
        [French] = ["phases"],
        [Italian] = ["fase", "fasi"],
        [German] = ["Phasen"],
        [Russian] = ["фаза", "фазы"],
        [Ukrainian] = ["фаза", "фази"],
        [Indonesian] = ["fase"],
        [Turkish] = ["evre", "evreler", "faz"],
        [Polish] = ["faza", "fazy"],
        [Dutch] = ["fase", "fasen", "fases"],
    };

    /// <summary>Emotion words per language, levels from +2 down to -2 as <see cref="EmotionTerms.Words"/>.</summary>
    public static readonly IReadOnlyDictionary<string, string[][]> EmotionWords = new Dictionary<string, string[][]>
    {
        [Spanish] =
        [
            ["encantado", "encantada", "emocionado", "emocionada", "entusiasmado", "entusiasmada", "muy feliz", "muy satisfecho", "muy satisfecha", "inspirado", "inspirada", "genial", "fantástico", "excelente"],
            ["feliz", "contento", "contenta", "satisfecho", "satisfecha", "motivado", "motivada", "esperanzado", "esperanzada", "curioso", "curiosa", "interesado", "interesada", "confiado", "confiada", "aliviado", "aliviada", "tranquilo", "tranquila", "optimista", "agradecido", "agradecida", "sorprendido", "sorprendida", "orgulloso", "orgullosa"],
            ["neutral", "neutro", "indiferente", "indeciso", "indecisa", "dudoso", "dudosa", "pensativo", "pensativa", "cauteloso", "cautelosa"],
            ["frustrado", "frustrada", "confundido", "confundida", "confuso", "confusa", "preocupado", "preocupada", "ansioso", "ansiosa", "decepcionado", "decepcionada", "molesto", "molesta", "aburrido", "aburrida", "estresado", "estresada", "inseguro", "insegura", "cansado", "cansada", "impaciente", "perdido", "perdida", "triste", "desconfiado", "desconfiada", "abrumado", "abrumada", "nervioso", "nerviosa", "dilema", "insatisfecho", "insatisfecha", "asustado", "asustada", "incómodo", "incómoda", "frustrante", "preocupante", "estresante", "decepcionante"],
            ["enojado", "enojada", "enfadado", "enfadada", "furioso", "furiosa", "muy insatisfecho", "muy insatisfecha", "desesperado", "desesperada", "indignado", "indignada", "traicionado", "traicionada", "impotente", "muy frustrado", "muy frustrada", "agotado", "agotada"],
        ],
        [Portuguese] =
        [
            ["encantado", "encantada", "animado", "animada", "entusiasmado", "entusiasmada", "muito feliz", "muito satisfeito", "muito satisfeita", "inspirado", "inspirada", "maravilhado", "maravilhada", "ótimo", "excelente"],
            ["feliz", "contente", "satisfeito", "satisfeita", "motivado", "motivada", "esperançoso", "esperançosa", "curioso", "curiosa", "interessado", "interessada", "confiante", "aliviado", "aliviada", "tranquilo", "tranquila", "otimista", "grato", "grata", "surpreso", "surpresa", "orgulhoso", "orgulhosa"],
            ["neutro", "neutra", "indiferente", "indeciso", "indecisa", "pensativo", "pensativa", "cauteloso", "cautelosa", "em dúvida"],
            ["frustrado", "frustrada", "confuso", "confusa", "preocupado", "preocupada", "ansioso", "ansiosa", "decepcionado", "decepcionada", "desapontado", "desapontada", "irritado", "irritada", "chateado", "chateada", "entediado", "entediada", "estressado", "estressada", "inseguro", "insegura", "cansado", "cansada", "impaciente", "perdido", "perdida", "triste", "desconfiado", "desconfiada", "sobrecarregado", "sobrecarregada", "nervoso", "nervosa", "dilema", "insatisfeito", "insatisfeita", "assustado", "assustada", "frustrante", "preocupante", "estressante", "decepcionante", "irritante"],
            ["irritadíssimo", "zangado", "zangada", "furioso", "furiosa", "muito insatisfeito", "muito insatisfeita", "desesperado", "desesperada", "indignado", "indignada", "traído", "traída", "impotente", "muito frustrado", "muito frustrada", "exausto", "exausta"],
        ],
        [French] =
        [
            ["ravi", "ravie", "enthousiaste", "très heureux", "très heureuse", "très satisfait", "très satisfaite", "enchanté", "enchantée", "emballé", "emballée", "inspiré", "inspirée", "génial"],
            ["heureux", "heureuse", "satisfait", "satisfaite", "motivé", "motivée", "plein d'espoir", "curieux", "curieuse", "intéressé", "intéressée", "confiant", "confiante", "soulagé", "soulagée", "rassuré", "rassurée", "optimiste", "reconnaissant", "reconnaissante", "surpris", "surprise", "fier", "fière", "serein", "sereine"],
            ["neutre", "indifférent", "indifférente", "indécis", "indécise", "pensif", "pensive", "prudent", "prudente", "mitigé", "mitigée", "partagée", "moyen", "moyenne", "bof", "correct"],
            ["frustré", "frustrée", "hésitant", "hésitante", "perdu", "perdue", "inquiet", "inquiète", "anxieux", "anxieuse", "déçu", "déçue", "agacé", "agacée", "irrité", "irritée", "ennuyé", "ennuyée", "stressé", "stressée", "méfiant", "méfiante", "fatigué", "fatiguée", "impatient", "impatiente", "triste", "débordé", "débordée", "submergé", "submergée", "nerveux", "nerveuse", "dilemme", "insatisfait", "insatisfaite", "mécontent", "mécontente", "sceptique", "embarrassé", "embarrassée"],
            ["en colère", "furieux", "furieuse", "très insatisfait", "très insatisfaite", "désespéré", "désespérée", "indigné", "indignée", "trahi", "trahie", "impuissant", "impuissante", "très frustré", "très frustrée", "épuisé", "épuisée", "paniqué", "paniquée"],
        ],
        [Italian] =
        [
            ["entusiasta", "felicissimo", "felicissima", "molto felice", "molto soddisfatto", "molto soddisfatta", "emozionato", "emozionata", "ispirato", "ispirata", "entusiasti", "fantastico"],
            ["felice", "contento", "contenta", "soddisfatto", "soddisfatta", "motivato", "motivata", "fiducioso", "fiduciosa", "curioso", "curiosa", "interessato", "interessata", "sollevato", "sollevata", "tranquillo", "tranquilla", "sicuro", "sicura", "ottimista", "grato", "grata", "sorpreso", "sorpresa", "orgoglioso", "orgogliosa", "rassicurato", "rassicurata"],
            ["neutrale", "neutro", "indifferente", "indeciso", "indecisa", "dubbioso", "dubbiosa", "pensieroso", "pensierosa", "cauto", "cauta", "normale"],
            ["frustrato", "frustrata", "confuso", "confusa", "preoccupato", "preoccupata", "ansioso", "ansiosa", "deluso", "delusa", "infastidito", "infastidita", "irritato", "irritata", "annoiato", "annoiata", "stressato", "stressata", "insicuro", "insicura", "stanco", "stanca", "impaziente", "perso", "persa", "triste", "diffidente", "sopraffatto", "sopraffatta", "nervoso", "nervosa", "dilemma", "insoddisfatto", "insoddisfatta", "spaventato", "spaventata", "scettico", "scettica"],
            ["arrabbiato", "arrabbiata", "furioso", "furiosa", "molto insoddisfatto", "molto insoddisfatta", "disperato", "disperata", "indignato", "indignata", "tradito", "tradita", "impotente", "molto frustrato", "molto frustrata", "esausto", "esausta", "in preda al panico"],
        ],
        [German] =
        [
            ["begeistert", "sehr glücklich", "sehr zufrieden", "überglücklich", "inspiriert", "enthusiastisch", "fasziniert", "großartig"],
            ["glücklich", "zufrieden", "froh", "motiviert", "hoffnungsvoll", "neugierig", "interessiert", "zuversichtlich", "erleichtert", "beruhigt", "optimistisch", "dankbar", "überrascht", "stolz", "entspannt"],
            ["neutral", "gleichgültig", "unentschlossen", "unsicher", "nachdenklich", "vorsichtig", "abwartend", "zwiegespalten"],
            ["frustriert", "verwirrt", "besorgt", "ängstlich", "enttäuscht", "genervt", "verärgert", "gelangweilt", "gestresst", "müde", "ungeduldig", "verloren", "traurig", "misstrauisch", "überfordert", "nervös", "skeptisch", "unzufrieden", "verunsichert", "irritiert", "Dilemma"],
            ["wütend", "sauer", "sehr unzufrieden", "verzweifelt", "empört", "betrogen", "hilflos", "sehr frustriert", "erschöpft", "panisch", "zornig"],
        ],
        [Russian] =
        [
            ["восторг", "в восторге", "восхищение", "очень доволен", "очень довольна", "воодушевление", "воодушевлен", "воодушевлена", "вдохновлен", "вдохновлена", "радость", "счастлив", "счастлива"],
            ["доволен", "довольна", "удовлетворен", "удовлетворена", "интерес", "заинтересован", "заинтересована", "любопытство", "надежда", "уверенность", "уверен", "уверена", "облегчение", "спокойствие", "оптимизм", "благодарность", "мотивирован", "мотивирована", "приятно удивлен", "приятно удивлена", "гордость"],
            ["нейтрально", "нейтральный", "безразличие", "равнодушие", "нерешительность", "сомнение", "сомнения", "задумчивость", "осторожность", "нормально"],
            ["раздражение", "разочарование", "тревога", "беспокойство", "растерянность", "замешательство", "недовольство", "недоволен", "недовольна", "скука", "стресс", "усталость", "нетерпение", "грусть", "недоверие", "неуверенность", "страх", "одиночество", "смущение", "дилемма", "фрустрация", "напряжение", "путаница", "непонимание"],
            ["злость", "гнев", "ярость", "отчаяние", "возмущение", "очень недоволен", "очень недовольна", "беспомощность", "паника", "предательство", "бессилие", "негодование", "истощение"],
        ],
        [Ukrainian] =
        [
            ["у захваті", "дуже задоволений", "дуже задоволена", "натхнення", "радість", "щасливий", "щаслива"],
            ["задоволений", "задоволена", "зацікавленість", "цікавість", "надія", "впевненість", "полегшення", "спокій", "оптимізм", "вдячність", "мотивація"],
            ["нейтрально", "байдужість", "нерішучість", "сумнів", "сумніви", "задумливість", "обережність"],
            ["роздратування", "розчарування", "тривога", "занепокоєння", "розгубленість", "незадоволення", "незадоволений", "незадоволена", "нудьга", "втома", "нетерпіння", "смуток", "недовіра", "невпевненість", "страх", "самотність"],
            ["злість", "гнів", "лють", "відчай", "обурення", "безпорадність", "паніка", "зрада", "виснаження"],
        ],
        [Indonesian] =
        [
            ["sangat senang", "sangat puas", "gembira", "antusias", "bersemangat", "terinspirasi", "terkesan", "luar biasa"],
            ["senang", "puas", "bahagia", "termotivasi", "berharap", "penasaran", "tertarik", "percaya diri", "lega", "tenang", "optimis", "bersyukur", "terkejut", "bangga", "aman"],
            ["netral", "biasa saja", "ragu-ragu", "bimbang", "berhati-hati", "termenung"],
            ["frustrasi", "bingung", "khawatir", "cemas", "kecewa", "kesal", "jengkel", "bosan", "stres", "lelah", "capek", "tidak sabar", "sedih", "tidak percaya", "kewalahan", "gugup", "tidak puas", "takut", "dilema", "tersesat", "malu"],
            ["marah", "sangat marah", "sangat kecewa", "sangat tidak puas", "putus asa", "tidak berdaya", "dikhianati", "panik", "murka", "kelelahan"],
        ],
        [Turkish] =
        [
            ["çok mutlu", "çok memnun", "heyecanlı", "coşkulu", "hevesli", "ilham almış", "etkilenmiş", "harika", "mükemmel"],
            ["mutlu", "memnun", "umutlu", "meraklı", "güvende", "rahatlamış", "sakin", "iyimser", "minnettar", "şaşırmış", "gururlu", "kendinden emin"],
            ["nötr", "kararsız", "kayıtsız", "ilgisiz", "düşünceli", "temkinli", "idare eder"],
            ["hayal kırıklığı", "kafası karışık", "endişeli", "kaygılı", "gergin", "sinirli", "rahatsız", "sıkılmış", "stresli", "yorgun", "sabırsız", "kaybolmuş", "üzgün", "şüpheci", "bunalmış", "memnuniyetsiz", "korkmuş", "ikilem", "güvensiz", "tedirgin"],
            ["öfkeli", "çok kızgın", "kızgın", "çok memnuniyetsiz", "çaresiz", "umutsuz", "ihanete uğramış", "panik", "bitkin", "tükenmiş"],
        ],
        [Polish] =
        [
            ["zachwycony", "zachwycona", "podekscytowany", "podekscytowana", "bardzo zadowolony", "bardzo zadowolona", "zainspirowany", "zainspirowana", "szczęśliwy", "szczęśliwa", "entuzjastyczny"],
            ["zadowolony", "zadowolona", "zmotywowany", "zmotywowana", "pełen nadziei", "pełna nadziei", "ciekawy", "ciekawa", "zainteresowany", "zainteresowana", "pewny siebie", "pewna siebie", "spokojny", "spokojna", "optymistyczny", "optymistyczna", "wdzięczny", "wdzięczna", "zaskoczony", "zaskoczona", "dumny", "dumna", "ulga"],
            ["neutralny", "neutralna", "obojętny", "obojętna", "niezdecydowany", "niezdecydowana", "zamyślony", "zamyślona", "ostrożny", "ostrożna"],
            ["sfrustrowany", "sfrustrowana", "zdezorientowany", "zdezorientowana", "zmartwiony", "zmartwiona", "zaniepokojony", "zaniepokojona", "rozczarowany", "rozczarowana", "zirytowany", "zirytowana", "znudzony", "znudzona", "zestresowany", "zestresowana", "zmęczony", "zmęczona", "niecierpliwy", "niecierpliwa", "zagubiony", "zagubiona", "smutny", "smutna", "nieufny", "nieufna", "przytłoczony", "przytłoczona", "niezadowolony", "niezadowolona", "wystraszony", "wystraszona", "dylemat", "sceptyczny", "sceptyczna"],
            ["zły", "zła", "wściekły", "wściekła", "bardzo niezadowolony", "bardzo niezadowolona", "zdesperowany", "zdesperowana", "bezradny", "bezradna", "zdradzony", "zdradzona", "spanikowany", "spanikowana", "wyczerpany", "wyczerpana", "oburzony", "oburzona"],
        ],
        [Dutch] =
        [
            ["enthousiast", "opgetogen", "heel blij", "zeer tevreden", "geïnspireerd", "uitgelaten", "dolblij", "geweldig"],
            ["blij", "tevreden", "gemotiveerd", "hoopvol", "nieuwsgierig", "geïnteresseerd", "zelfverzekerd", "opgelucht", "gerustgesteld", "optimistisch", "dankbaar", "verrast", "trots", "ontspannen"],
            ["neutraal", "onverschillig", "besluiteloos", "twijfelend", "bedachtzaam", "voorzichtig", "gemengd"],
            ["gefrustreerd", "verward", "bezorgd", "ongerust", "angstig", "teleurgesteld", "geïrriteerd", "geërgerd", "verveeld", "gestrest", "moe", "ongeduldig", "verloren", "verdrietig", "wantrouwig", "overweldigd", "nerveus", "sceptisch", "ontevreden", "onzeker", "dilemma"],
            ["boos", "woedend", "kwaad", "zeer ontevreden", "wanhopig", "verontwaardigd", "verraden", "hulpeloos", "in paniek", "uitgeput"],
        ],
    };

    /// <summary>Cells that say "nothing here yet", per language.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Placeholders = new Dictionary<string, string[]>
    {
        [Spanish] = ["completar", "por completar", "rellenar", "a rellenar", "por definir", "pendiente", "escribir aquí", "escriba aquí"],
        [Portuguese] = ["preencher", "a preencher", "por preencher", "a definir", "pendente", "escreva aqui", "digite aqui"],
        [French] = ["à remplir", "à compléter", "à définir", "à venir", "remplir", "compléter", "saisir ici", "saisissez ici"],
        [Italian] = ["da compilare", "da completare", "da definire", "compilare", "inserire testo", "scrivi qui"],
        [German] = ["ausfüllen", "auszufüllen", "zu ergänzen", "hier eingeben", "text eingeben"],
        [Russian] = ["заполнить", "заполните", "заполнить позже", "уточнить", "ввести текст", "введите текст", "нет данных"],
        [Ukrainian] = ["заповнити", "заповніть", "уточнити", "введіть текст"],
        [Indonesian] = ["isi", "isi di sini", "diisi", "belum diisi", "ketik di sini"],
        [Turkish] = ["doldurun", "doldurulacak", "buraya yazın", "belirlenecek"],
        [Polish] = ["uzupełnij", "do uzupełnienia", "wpisz tutaj", "do ustalenia"],
        [Dutch] = ["invullen", "in te vullen", "nog in te vullen", "hier typen", "nader te bepalen"],
    };

    /// <summary>Persona card keys per language.</summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlyDictionary<CommonTerms.PersonaKey, string[]>> PersonaKeys =
        new Dictionary<string, IReadOnlyDictionary<CommonTerms.PersonaKey, string[]>>
        {
            [Spanish] = new Dictionary<CommonTerms.PersonaKey, string[]>
            {
                [CommonTerms.PersonaKey.Name] = ["nombre", "nombre de la persona", "nombre completo", "usuario", "usuarios", "personaje"],
                [CommonTerms.PersonaKey.Description] = ["descripción", "biografía", "perfil", "resumen"],
                [CommonTerms.PersonaKey.Demographics] = ["datos demográficos", "demografía"],
                [CommonTerms.PersonaKey.Goals] = ["objetivos", "metas", "necesidades"],
                [CommonTerms.PersonaKey.Motivations] = ["motivaciones", "motivación"],
                [CommonTerms.PersonaKey.Objections] = ["objeciones", "preocupaciones", "miedos"],
                [CommonTerms.PersonaKey.Other] = ["edad", "género", "sexo", "ocupación", "profesión", "puesto", "ubicación", "ciudad", "ingresos", "educación", "familia", "cita", "frase", "frustraciones", "intereses", "comportamientos"],
            },
            [Portuguese] = new Dictionary<CommonTerms.PersonaKey, string[]>
            {
                [CommonTerms.PersonaKey.Name] = ["nome", "nome da persona", "nome completo", "usuário", "usuários", "personagem"],
                [CommonTerms.PersonaKey.Description] = ["descrição", "biografia", "perfil", "resumo"],
                [CommonTerms.PersonaKey.Demographics] = ["dados demográficos", "demografia"],
                [CommonTerms.PersonaKey.Goals] = ["objetivos", "metas", "necessidades"],
                [CommonTerms.PersonaKey.Motivations] = ["motivações", "motivação"],
                [CommonTerms.PersonaKey.Objections] = ["objeções", "preocupações", "medos"],
                [CommonTerms.PersonaKey.Other] = ["idade", "gênero", "género", "sexo", "ocupação", "profissão", "cargo", "localização", "cidade", "renda", "rendimento", "escolaridade", "família", "citação", "frase", "frustrações", "interesses", "comportamentos"],
            },
            [French] = new Dictionary<CommonTerms.PersonaKey, string[]>
            {
                [CommonTerms.PersonaKey.Name] = ["nom", "prénom", "nom de la persona", "nom complet", "personnage", "utilisateur", "utilisateurs", "usager", "usagers"],
                [CommonTerms.PersonaKey.Description] = ["biographie", "profil", "résumé"],
                [CommonTerms.PersonaKey.Demographics] = ["données démographiques", "démographie"],
                [CommonTerms.PersonaKey.Goals] = ["objectifs", "objectif", "buts", "but", "besoins"],
                [CommonTerms.PersonaKey.Motivations] = ["motivations", "motivation"],
                [CommonTerms.PersonaKey.Objections] = ["objections", "freins", "craintes", "peurs"],
                [CommonTerms.PersonaKey.Other] = ["âge", "genre", "sexe", "métier", "profession", "poste", "lieu", "ville", "revenu", "revenus", "éducation", "famille", "citation", "frustrations", "centres d'intérêt", "comportements"],
            },
            [Italian] = new Dictionary<CommonTerms.PersonaKey, string[]>
            {
                [CommonTerms.PersonaKey.Name] = ["nome", "nome della persona", "nome completo", "utente", "utenti", "personaggio"],
                [CommonTerms.PersonaKey.Description] = ["descrizione", "biografia", "profilo"],
                [CommonTerms.PersonaKey.Demographics] = ["dati demografici", "demografia"],
                [CommonTerms.PersonaKey.Goals] = ["obiettivi", "bisogni", "esigenze"],
                [CommonTerms.PersonaKey.Motivations] = ["motivazioni", "motivazione"],
                [CommonTerms.PersonaKey.Objections] = ["obiezioni", "preoccupazioni", "paure"],
                [CommonTerms.PersonaKey.Other] = ["età", "genere", "sesso", "occupazione", "professione", "lavoro", "città", "reddito", "istruzione", "famiglia", "citazione", "frustrazioni", "interessi", "comportamenti"],
            },
            [German] = new Dictionary<CommonTerms.PersonaKey, string[]>
            {
                [CommonTerms.PersonaKey.Name] = ["Name", "Vorname", "Persona-Name", "Nutzer", "Benutzer", "Anwender"],
                [CommonTerms.PersonaKey.Description] = ["Beschreibung", "Biografie", "Profil", "Hintergrund"],
                [CommonTerms.PersonaKey.Demographics] = ["Demografie", "demografische Daten"],
                [CommonTerms.PersonaKey.Goals] = ["Ziele", "Bedürfnisse"],
                [CommonTerms.PersonaKey.Motivations] = ["Motivationen", "Motivation", "Antriebe"],
                [CommonTerms.PersonaKey.Objections] = ["Einwände", "Bedenken", "Ängste"],
                [CommonTerms.PersonaKey.Other] = ["Alter", "Geschlecht", "Beruf", "Tätigkeit", "Position", "Wohnort", "Stadt", "Einkommen", "Bildung", "Familie", "Zitat", "Frustrationen", "Interessen", "Verhalten"],
            },
            [Russian] = new Dictionary<CommonTerms.PersonaKey, string[]>
            {
                [CommonTerms.PersonaKey.Name] = ["имя", "имя персоны", "персона", "фио"],
                [CommonTerms.PersonaKey.Description] = ["описание", "биография", "профиль", "о себе"],
                [CommonTerms.PersonaKey.Demographics] = ["демография", "демографические данные"],
                [CommonTerms.PersonaKey.Goals] = ["цели", "потребности", "задачи"],
                [CommonTerms.PersonaKey.Motivations] = ["мотивация", "мотивы"],
                [CommonTerms.PersonaKey.Objections] = ["возражения", "опасения", "страхи"],
                [CommonTerms.PersonaKey.Other] = ["возраст", "пол", "профессия", "род занятий", "должность", "город", "доход", "образование", "семья", "цитата", "фрустрации", "боли", "интересы", "поведение"],
            },
            [Ukrainian] = new Dictionary<CommonTerms.PersonaKey, string[]>
            {
                [CommonTerms.PersonaKey.Name] = ["ім'я", "імя", "персона"],
                [CommonTerms.PersonaKey.Description] = ["опис", "біографія", "профіль"],
                [CommonTerms.PersonaKey.Goals] = ["цілі", "потреби"],
                [CommonTerms.PersonaKey.Motivations] = ["мотивація"],
                [CommonTerms.PersonaKey.Objections] = ["заперечення", "побоювання", "страхи"],
                [CommonTerms.PersonaKey.Other] = ["вік", "стать", "професія", "посада", "місто", "дохід", "освіта", "сім'я", "цитата", "інтереси"],
            },
            [Indonesian] = new Dictionary<CommonTerms.PersonaKey, string[]>
            {
                [CommonTerms.PersonaKey.Name] = ["nama", "nama persona"],
                [CommonTerms.PersonaKey.Description] = ["deskripsi", "profil", "latar belakang"],
                [CommonTerms.PersonaKey.Goals] = ["tujuan", "kebutuhan"],
                [CommonTerms.PersonaKey.Motivations] = ["motivasi"],
                [CommonTerms.PersonaKey.Objections] = ["keberatan", "kekhawatiran"],
                [CommonTerms.PersonaKey.Other] = ["usia", "umur", "jenis kelamin", "pekerjaan", "jabatan", "lokasi", "kota", "pendapatan", "pendidikan", "keluarga", "kutipan", "minat"],
            },
            [Turkish] = new Dictionary<CommonTerms.PersonaKey, string[]>
            {
                [CommonTerms.PersonaKey.Name] = ["isim", "ad soyad"],
                [CommonTerms.PersonaKey.Description] = ["açıklama", "profil", "biyografi"],
                [CommonTerms.PersonaKey.Goals] = ["hedefler", "ihtiyaçlar"],
                [CommonTerms.PersonaKey.Motivations] = ["motivasyonlar", "motivasyon"],
                [CommonTerms.PersonaKey.Objections] = ["itirazlar", "endişeler", "korkular"],
                [CommonTerms.PersonaKey.Other] = ["yaş", "cinsiyet", "meslek", "unvan", "konum", "şehir", "gelir", "eğitim", "aile", "alıntı", "ilgi alanları"],
            },
            [Polish] = new Dictionary<CommonTerms.PersonaKey, string[]>
            {
                [CommonTerms.PersonaKey.Name] = ["imię", "imię i nazwisko", "nazwa persony"],
                [CommonTerms.PersonaKey.Description] = ["opis", "profil", "biografia"],
                [CommonTerms.PersonaKey.Goals] = ["cele", "potrzeby"],
                [CommonTerms.PersonaKey.Motivations] = ["motywacje", "motywacja"],
                [CommonTerms.PersonaKey.Objections] = ["obiekcje", "obawy", "lęki"],
                [CommonTerms.PersonaKey.Other] = ["wiek", "płeć", "zawód", "stanowisko", "lokalizacja", "miasto", "dochód", "wykształcenie", "rodzina", "cytat", "zainteresowania", "frustracje"],
            },
            [Dutch] = new Dictionary<CommonTerms.PersonaKey, string[]>
            {
                [CommonTerms.PersonaKey.Name] = ["naam", "volledige naam"],
                [CommonTerms.PersonaKey.Description] = ["beschrijving", "profiel", "achtergrond"],
                [CommonTerms.PersonaKey.Goals] = ["doelen", "behoeften"],
                [CommonTerms.PersonaKey.Motivations] = ["motivaties", "motivatie", "drijfveren"],
                [CommonTerms.PersonaKey.Objections] = ["bezwaren", "zorgen", "angsten"],
                [CommonTerms.PersonaKey.Other] = ["leeftijd", "geslacht", "beroep", "functie", "woonplaats", "stad", "inkomen", "opleiding", "gezin", "citaat", "interesses", "frustraties"],
            },
        };

    /// <summary>Step-table column names per language, as <see cref="CommonTerms.StepColumns"/>.</summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlyDictionary<CommonTerms.StepColumn, string[]>> StepColumns =
        new Dictionary<string, IReadOnlyDictionary<CommonTerms.StepColumn, string[]>>
        {
            [Spanish] = StepColumnsOf(["sección", "etapa", "fase", "grupo"], ["paso", "tarea", "actividad"], ["puntuación", "nota", "valoración", "satisfacción"], ["actores", "actor", "quién", "participantes", "roles"]),
            [Portuguese] = StepColumnsOf(["seção", "secção", "etapa", "fase", "grupo"], ["passo", "tarefa", "atividade"], ["pontuação", "nota", "avaliação", "satisfação"], ["atores", "ator", "quem", "participantes", "papéis"]),
            [French] = StepColumnsOf(["section", "étape", "phase", "groupe"], ["tâche", "activité", "action"], ["note", "score", "évaluation", "satisfaction"], ["acteurs", "acteur", "qui", "participants", "rôles"]),
            [Italian] = StepColumnsOf(["sezione", "tappa", "fase", "gruppo"], ["passo", "compito", "attività"], ["punteggio", "voto", "valutazione", "soddisfazione"], ["attori", "attore", "chi", "partecipanti", "ruoli"]),
            [German] = StepColumnsOf(["Abschnitt", "Etappe", "Phase", "Gruppe"], ["Schritt", "Aufgabe", "Aktivität"], ["Punktzahl", "Bewertung", "Wertung", "Zufriedenheit"], ["Akteure", "Akteur", "wer", "Beteiligte", "Teilnehmer", "Rollen"]),
            [Russian] = StepColumnsOf(["раздел", "этап", "фаза", "группа"], ["шаг", "задача", "действие", "активность"], ["оценка", "балл", "баллы", "удовлетворенность"], ["участники", "актеры", "акторы", "кто", "роли"]),
            [Ukrainian] = StepColumnsOf(["розділ", "етап", "фаза", "група"], ["крок", "завдання", "дія"], ["оцінка", "бал", "бали"], ["учасники", "актори", "хто", "ролі"]),
            [Indonesian] = StepColumnsOf(["bagian", "tahap", "fase", "kelompok"], ["langkah", "tugas", "aktivitas"], ["skor", "nilai", "penilaian"], ["aktor", "siapa", "peserta", "peran"]),
            [Turkish] = StepColumnsOf(["bölüm", "aşama", "evre", "grup"], ["adım", "görev", "aktivite"], ["puan", "skor", "değerlendirme"], ["aktörler", "aktör", "kim", "katılımcılar", "roller"]),
            [Polish] = StepColumnsOf(["sekcja", "etap", "faza", "grupa"], ["krok", "zadanie", "czynność"], ["ocena", "wynik", "punkty"], ["aktorzy", "aktor", "kto", "uczestnicy", "role"]),
            [Dutch] = StepColumnsOf(["sectie", "fase", "groep"], ["stap", "taak", "activiteit"], ["score", "beoordeling", "cijfer"], ["actoren", "actor", "wie", "deelnemers", "rollen"]),
        };

    private static Dictionary<CommonTerms.StepColumn, string[]> StepColumnsOf(string[] section, string[] step, string[] score, string[] actors) =>
        new Dictionary<CommonTerms.StepColumn, string[]>
        {
            [CommonTerms.StepColumn.Section] = section,
            [CommonTerms.StepColumn.Step] = step,
            [CommonTerms.StepColumn.Score] = score,
            [CommonTerms.StepColumn.Actors] = actors,
        };
}

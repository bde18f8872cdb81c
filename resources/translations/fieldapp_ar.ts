<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar">
  <context>
    <name>AttendanceModel</name>
    <message>
      <location filename="../../fieldapp/ui/attendance_model.py" line="139" />
      <source>Day {0}</source>
      <translation>اليوم {0}</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/attendance_model.py" line="141" />
      <source>{0} ({1})</source>
      <translation>{0} ({1})</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/attendance_model.py" line="150" />
      <source>A score from {0} to {1}; empty: not taken</source>
      <translation>درجة من {0} إلى {1}؛ فارغ: لم يُجرَ الاختبار</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/attendance_model.py" line="152" />
      <source>From {0} (poor) to {1} (excellent); empty: not asked</source>
      <translation>من {0} (ضعيف) إلى {1} (ممتاز)؛ فارغ: لم يُطرح السؤال</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/attendance_model.py" line="156" />
      <source>The days ticked</source>
      <translation>الأيام المؤشَّر عليها</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/attendance_model.py" line="184" />
      <source>{0} (new: added to the registry when the event is saved)</source>
      <translation>{0} (جديد: يُضاف إلى السجل عند حفظ الفعالية)</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/attendance_model.py" line="196" />
      <source>(identity erased)</source>
      <translation>(هوية ممحوة)</translation>
    </message>
  </context>
  <context>
    <name>AttendanceTab</name>
    <message>
      <location filename="../../fieldapp/ui/attendance_tab.py" line="78" />
      <source>Find a person in the registry (name, organization, e-mail)…</source>
      <translation>ابحث عن شخص في السجل (الاسم، الجهة، البريد الإلكتروني)…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/attendance_tab.py" line="80" />
      <source>Find a person</source>
      <translation>البحث عن شخص</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/attendance_tab.py" line="83" />
      <source>People found</source>
      <translation>نتائج البحث</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/attendance_tab.py" line="86" />
      <source>Add to event</source>
      <translation>إضافة إلى الفعالية</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/attendance_tab.py" line="102" />
      <source>Already in the registry?</source>
      <translation>موجود في السجل بالفعل؟</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/attendance_tab.py" line="106" />
      <source>People who may be the same person</source>
      <translation>أشخاص قد يكونون الشخص نفسه</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/attendance_tab.py" line="107" />
      <source>Use this person</source>
      <translation>اختيار هذا الشخص</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/attendance_tab.py" line="111" />
      <source>Add as a new person</source>
      <translation>إضافة كشخص جديد</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/attendance_tab.py" line="139" />
      <source>People at this event</source>
      <translation>حضور هذه الفعالية</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/attendance_tab.py" line="147" />
      <source>Remove</source>
      <translation>إزالة</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/attendance_tab.py" line="149" />
      <source>Take the selected people off this event</source>
      <translation>إزالة الأشخاص المحددين من هذه الفعالية</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/attendance_tab.py" line="151" />
      <source>Paste names</source>
      <translation>لصق أسماء</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/attendance_tab.py" line="155" />
      <source>Add a column of names copied from a spreadsheet (organization in a 2nd column)</source>
      <translation>إضافة عمود من الأسماء منسوخ من جدول بيانات (الجهة في عمود ثانٍ)</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/attendance_tab.py" line="227" />
      <source>The event now lasts {0} day(s): the ticks of later days were taken off for {1} people (back if you lengthen it again before saving).</source>
      <translation>أصبحت مدة الفعالية بالأيام: {0}؛ وأُزيلت علامات الأيام اللاحقة لعدد {1} من الأشخاص (وتعود إذا مددتَ الفعالية مجدداً قبل الحفظ).</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/attendance_tab.py" line="232" />
      <source>New days are unticked: tick who came.</source>
      <translation>الأيام الجديدة غير مؤشَّر عليها: أشِّر على من حضر.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/attendance_tab.py" line="278" />
      <source>{0} is already registered at this event.</source>
      <translation>{0} مسجَّل بالفعل في هذه الفعالية.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/attendance_tab.py" line="314" />
      <source>{0} is already on this event's list.</source>
      <translation>{0} مدرج بالفعل في قائمة هذه الفعالية.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/attendance_tab.py" line="325" />
      <source>Already in the registry? {0} people of this name</source>
      <translation>موجود في السجل بالفعل؟ عدد الأشخاص بهذا الاسم: {0}</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/attendance_tab.py" line="337" />
      <source>The registry could not be searched: {0}</source>
      <translation>تعذّر البحث في السجل: {0}</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/attendance_tab.py" line="369" />
      <source>Nothing to paste: copy a column of names first.</source>
      <translation>لا يوجد ما يُلصق: انسخ عموداً من الأسماء أولاً.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/attendance_tab.py" line="408" />
      <source>{0} people added from the pasted names.</source>
      <translation>عدد الأشخاص المضافين من الأسماء الملصقة: {0}.</translation>
    </message>
  </context>
  <context>
    <name>BackupDialog</name>
    <message>
      <location filename="../../fieldapp/ui/backup_dialog.py" line="55" />
      <source>Restore from a backup</source>
      <translation>الاستعادة من نسخة احتياطية</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/backup_dialog.py" line="55" />
      <source>Verify a backup</source>
      <translation>فحص نسخة احتياطية</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/backup_dialog.py" line="57" />
      <source>Reading {0}…</source>
      <translation>جارٍ قراءة {0}…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/backup_dialog.py" line="60" />
      <location filename="../../fieldapp/ui/backup_dialog.py" line="80" />
      <source>Passphrase of the backup</source>
      <translation>عبارة مرور النسخة الاحتياطية</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/backup_dialog.py" line="61" />
      <source>I have the backup's recovery key instead</source>
      <translation>لديّ بدلاً من ذلك مفتاح استرداد النسخة الاحتياطية</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/backup_dialog.py" line="69" />
      <source>Replace the store with this backup</source>
      <translation>استبدال قاعدة البيانات بهذه النسخة الاحتياطية</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/backup_dialog.py" line="69" />
      <source>Verify</source>
      <translation>تحقق</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/backup_dialog.py" line="86" />
      <source>Reading the backup…</source>
      <translation>جارٍ قراءة النسخة…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/backup_dialog.py" line="107" />
      <source>Replace this store with the backup “{0}”, made {1}?

Everything in the store is replaced: what was recorded after {1} is no longer in it, changes not yet sent to HQ included. The store as it is now is kept aside, whole, in a “replaced-…” folder inside {2}. Afterwards the store opens with the passphrase that was valid when the backup was made.</source>
      <translation>هل تريد استبدال قاعدة البيانات هذه بالنسخة الاحتياطية «{0}» المُعدَّة في {1}؟

سيُستبدل كل ما في قاعدة البيانات: لن يعود فيها ما سُجِّل بعد {1}، بما في ذلك التغييرات التي لم تُرسل بعد إلى المقر. وتُحفظ قاعدة البيانات بحالتها الراهنة كاملةً جانباً في مجلد «replaced-…» داخل {2}. وبعد ذلك تُفتح قاعدة البيانات بعبارة المرور التي كانت سارية وقت إعداد النسخة الاحتياطية.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/backup_dialog.py" line="116" />
      <source>“{0}”, made {1}. Type its passphrase to check it whole.</source>
      <translation>«{0}»، المُعدَّة في {1}. اكتب عبارة مرورها للتحقق منها بالكامل.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/backup_dialog.py" line="132" />
      <source>Checking the backup, then replacing the store…</source>
      <translation>جارٍ التحقق من النسخة الاحتياطية ثم استبدال قاعدة البيانات…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/backup_dialog.py" line="135" />
      <source>Checking the whole backup…</source>
      <translation>جارٍ التحقق من النسخة الاحتياطية بالكامل…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/backup_dialog.py" line="157" />
      <source>“{0}” is sound: made {1}, schema version {2}.</source>
      <translation>«{0}» سليمة: أُعدّت في {1}، إصدار المخطط {2}.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/backup_dialog.py" line="166" />
      <source>Restored “{0}”. The store is open again.</source>
      <translation>تمت استعادة «{0}». قاعدة البيانات مفتوحة من جديد.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/backup_dialog.py" line="168" />
      <source>The store it replaced is kept in {0}.</source>
      <translation>قاعدة البيانات التي استُبدلت محفوظة في {0}.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/backup_dialog.py" line="170" />
      <source>Close</source>
      <translation>إغلاق</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/backup_dialog.py" line="174" />
      <source>That is not the recovery key of this backup.</source>
      <translation>هذا ليس مفتاح الاسترداد الخاص بهذه النسخة الاحتياطية.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/backup_dialog.py" line="177" />
      <source>That is not the passphrase of this backup (the one valid when it was made).</source>
      <translation>هذه ليست عبارة المرور الخاصة بهذه النسخة الاحتياطية (أي العبارة التي كانت سارية وقت إعدادها).</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/backup_dialog.py" line="180" />
      <source>Nothing was changed.</source>
      <translation>لم يتغير شيء.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/backup_dialog.py" line="191" />
      <source>Not restored: {0} The store was closed but not replaced: unlock it as usual.</source>
      <translation>لم تتم الاستعادة: {0} أُغلقت قاعدة البيانات ولكنها لم تُستبدل: افتح قفلها كالمعتاد.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/backup_dialog.py" line="195" />
      <source>Nothing was changed: {0}</source>
      <translation>لم يتغير شيء: {0}</translation>
    </message>
  </context>
  <context>
    <name>BarChart</name>
    <message>
      <location filename="../../fieldapp/ui/charts.py" line="69" />
      <source>No data for this period</source>
      <translation>لا توجد بيانات لهذه الفترة</translation>
    </message>
  </context>
  <context>
    <name>ConsentDateDialog</name>
    <message>
      <location filename="../../fieldapp/ui/consent_panel.py" line="37" />
      <source>Consent given</source>
      <translation>إعطاء الموافقة</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/consent_panel.py" line="37" />
      <source>Consent withdrawn</source>
      <translation>سحب الموافقة</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/consent_panel.py" line="40" />
      <source>Date</source>
      <translation>التاريخ</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/consent_panel.py" line="42" />
      <source>On which day did the person give their consent?</source>
      <translation>في أي يوم أعطى الشخص موافقته؟</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/consent_panel.py" line="44" />
      <source>On which day did the person withdraw their consent?</source>
      <translation>في أي يوم سحب الشخص موافقته؟</translation>
    </message>
  </context>
  <context>
    <name>ConsentPanel</name>
    <message>
      <location filename="../../fieldapp/ui/consent_panel.py" line="78" />
      <source>Consent given…</source>
      <translation>إعطاء الموافقة…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/consent_panel.py" line="80" />
      <source>Consent withdrawn…</source>
      <translation>سحب الموافقة…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/consent_panel.py" line="86" />
      <source>Consent history</source>
      <translation>سجل الموافقة</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/consent_panel.py" line="99" />
      <source>Subject access report…</source>
      <translation>تقرير اطلاع صاحب البيانات…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/consent_panel.py" line="102" />
      <source>A PDF of everything held on this person, for them to read</source>
      <translation>ملف PDF بكل ما هو محفوظ عن هذا الشخص، ليطّلع عليه</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/consent_panel.py" line="131" />
      <source>given</source>
      <translation>أُعطيت</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/consent_panel.py" line="131" />
      <source>withdrawn</source>
      <translation>سُحبت</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/consent_panel.py" line="135" />
      <source>No consent recorded.</source>
      <translation>لا توجد موافقة مسجَّلة.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/consent_panel.py" line="139" />
      <source>Consent given on {0}</source>
      <translation>أُعطيت الموافقة في {0}</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/consent_panel.py" line="141" />
      <source>Consent withdrawn on {0}</source>
      <translation>سُحبت الموافقة في {0}</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/consent_panel.py" line="143" />
      <source>Consent: none recorded</source>
      <translation>الموافقة: غير مسجَّلة</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/consent_panel.py" line="145" />
      <source>(recorded when the person is saved)</source>
      <translation>(تُسجَّل عند حفظ بيانات الشخص)</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/consent_panel.py" line="148" />
      <source>The legal basis is consent, and it was withdrawn: choose another basis, or erase the person.</source>
      <translation>الأساس القانوني هو الموافقة، وقد سُحبت: اختر أساسًا آخر، أو امحُ هوية الشخص.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/consent_panel.py" line="161" />
      <source>Last recorded by {0}, {1}</source>
      <translation>آخر من سجّل: {0}، {1}</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/consent_panel.py" line="166" />
      <source>Person ID: {0}</source>
      <translation>معرّف الشخص: {0}</translation>
    </message>
  </context>
  <context>
    <name>CountryCombo</name>
    <message>
      <location filename="../../fieldapp/ui/country_combo.py" line="115" />
      <source>“{0}” is no country in the list.</source>
      <translation>«{0}» ليس من البلدان المدرجة في القائمة.</translation>
    </message>
  </context>
  <context>
    <name>Dashboard</name>
    <message>
      <location filename="../../fieldapp/ui/dashboard.py" line="45" />
      <source>{0} ({1} named + {2} counted)</source>
      <translation>{0} ({1} بالاسم + {2} بالعدّ)</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/dashboard.py" line="113" />
      <source>Period</source>
      <translation>الفترة</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/dashboard.py" line="121" />
      <source>individuals trained</source>
      <translation>أفراد مدرَّبون</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/dashboard.py" line="122" />
      <source>workshops organized</source>
      <translation>حلقات عمل منظَّمة</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/dashboard.py" line="123" />
      <source>women</source>
      <translation>نساء</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/dashboard.py" line="124" />
      <source>countries reached</source>
      <translation>بلدان مشمولة</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/dashboard.py" line="125" />
      <source>person-days of training</source>
      <translation>أيام-أشخاص من التدريب</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/dashboard.py" line="126" />
      <source>improved their test score</source>
      <translation>حسّنوا نتائج اختباراتهم</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/dashboard.py" line="133" />
      <source>Individuals trained by sex and age band</source>
      <translation>الأفراد المدرَّبون حسب الجنس والفئة العمرية</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/dashboard.py" line="134" />
      <location filename="../../fieldapp/ui/dashboard.py" line="268" />
      <source>Events held by month</source>
      <translation>الفعاليات المنعقدة حسب الشهر</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/dashboard.py" line="135" />
      <source>Events per beneficiary country</source>
      <translation>الفعاليات حسب البلد المستفيد</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/dashboard.py" line="136" />
      <source>Participants by nationality (each person once)</source>
      <translation>المشاركون حسب الجنسية (كل شخص مرة واحدة)</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/dashboard.py" line="171" />
      <source>Computing…</source>
      <translation>جارٍ الحساب…</translation>
    </message>
    <message numerus="yes">
      <location filename="../../fieldapp/ui/dashboard.py" line="188" />
      <source>%Ln planned event(s) not counted yet: figures count held events only (mark each held once it has taken place).</source>
      <translation>
        <numerusform>لا فعاليات مخطَّطة غير محتسبة: لا تحتسب الأرقام إلا الفعاليات المنعقدة.</numerusform>
        <numerusform>فعالية مخطَّطة واحدة لم تُحتسب بعد: لا تحتسب الأرقام إلا الفعاليات المنعقدة (ضع عليها علامة «منعقدة» بعد انعقادها).</numerusform>
        <numerusform>فعاليتان مخطَّطتان لم تُحتسبا بعد: لا تحتسب الأرقام إلا الفعاليات المنعقدة (ضع على كل منهما علامة «منعقدة» بعد انعقادها).</numerusform>
        <numerusform>%Ln فعاليات مخطَّطة لم تُحتسب بعد: لا تحتسب الأرقام إلا الفعاليات المنعقدة (ضع على كل منها علامة «منعقدة» بعد انعقادها).</numerusform>
        <numerusform>%Ln فعاليةً مخطَّطة لم تُحتسب بعد: لا تحتسب الأرقام إلا الفعاليات المنعقدة (ضع على كل منها علامة «منعقدة» بعد انعقادها).</numerusform>
        <numerusform>%Ln فعالية مخطَّطة لم تُحتسب بعد: لا تحتسب الأرقام إلا الفعاليات المنعقدة (ضع على كل منها علامة «منعقدة» بعد انعقادها).</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/dashboard.py" line="201" />
      <source>participations: {0}</source>
      <translation>المشاركات: {0}</translation>
    </message>
    <message numerus="yes">
      <location filename="../../fieldapp/ui/dashboard.py" line="202" />
      <source>individual(s) trained</source>
      <translation>
        <numerusform>فرد مدرَّب</numerusform>
        <numerusform>فرد مدرَّب</numerusform>
        <numerusform>فردان مدرَّبان</numerusform>
        <numerusform>أفراد مدرَّبين</numerusform>
        <numerusform>فردًا مدرَّبًا</numerusform>
        <numerusform>فرد مدرَّب</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fieldapp/ui/dashboard.py" line="206" />
      <source>%Ln event(s) held</source>
      <translation>
        <numerusform>لا فعاليات منعقدة</numerusform>
        <numerusform>فعالية واحدة منعقدة</numerusform>
        <numerusform>فعاليتان منعقدتان</numerusform>
        <numerusform>%Ln فعاليات منعقدة</numerusform>
        <numerusform>%Ln فعاليةً منعقدة</numerusform>
        <numerusform>%Ln فعالية منعقدة</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fieldapp/ui/dashboard.py" line="207" />
      <source>workshop(s) organized</source>
      <translation>
        <numerusform>حلقة عمل منظَّمة</numerusform>
        <numerusform>حلقة عمل منظَّمة</numerusform>
        <numerusform>حلقتا عمل منظَّمتان</numerusform>
        <numerusform>حلقات عمل منظَّمة</numerusform>
        <numerusform>حلقةَ عمل منظَّمة</numerusform>
        <numerusform>حلقة عمل منظَّمة</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/dashboard.py" line="212" />
      <source>of {0} whose sex is recorded</source>
      <translation>من أصل {0} ممن سُجِّل جنسهم</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/dashboard.py" line="214" />
      <source>not recorded: {0}</source>
      <translation>غير مسجَّل: {0}</translation>
    </message>
    <message numerus="yes">
      <location filename="../../fieldapp/ui/dashboard.py" line="222" />
      <source>country(ies) reached</source>
      <translation>
        <numerusform>بلد مشمول</numerusform>
        <numerusform>بلد مشمول</numerusform>
        <numerusform>بلدان مشمولان</numerusform>
        <numerusform>بلدان مشمولة</numerusform>
        <numerusform>بلدًا مشمولًا</numerusform>
        <numerusform>بلد مشمول</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fieldapp/ui/dashboard.py" line="227" />
      <source>person-day(s) of training</source>
      <translation>
        <numerusform>يوم-شخص من التدريب</numerusform>
        <numerusform>يوم-شخص من التدريب</numerusform>
        <numerusform>يوما-شخص من التدريب</numerusform>
        <numerusform>أيام-أشخاص من التدريب</numerusform>
        <numerusform>يومًا-شخصًا من التدريب</numerusform>
        <numerusform>يوم-شخص من التدريب</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/dashboard.py" line="232" />
      <source>mean gain {0} points</source>
      <translation>متوسط التحسن: {0} نقطة</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/dashboard.py" line="251" />
      <location filename="../../fieldapp/ui/dashboard.py" line="259" />
      <source>events</source>
      <translation>فعاليات</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/dashboard.py" line="270" />
      <source>Events held by month, {0}</source>
      <translation>الفعاليات المنعقدة حسب الشهر، {0}</translation>
    </message>
    <message numerus="yes">
      <location filename="../../fieldapp/ui/dashboard.py" line="291" />
      <source>%Ln other country(ies)</source>
      <translation>
        <numerusform>لا بلدان أخرى</numerusform>
        <numerusform>بلد آخر واحد</numerusform>
        <numerusform>بلدان آخران</numerusform>
        <numerusform>%Ln بلدان أخرى</numerusform>
        <numerusform>%Ln بلدًا آخر</numerusform>
        <numerusform>%Ln بلد آخر</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/dashboard.py" line="296" />
      <source>Not recorded</source>
      <translation>غير مسجَّل</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/dashboard.py" line="298" />
      <source>people</source>
      <translation>أشخاص</translation>
    </message>
  </context>
  <context>
    <name>DateField</name>
    <message>
      <location filename="../../fieldapp/ui/form_fields.py" line="100" />
      <source>Pick a date (Alt+Down)</source>
      <translation>اختر تاريخاً (Alt+السهم السفلي)</translation>
    </message>
  </context>
  <context>
    <name>DuplicatesDialog</name>
    <message>
      <location filename="../../fieldapp/ui/people_page.py" line="55" />
      <location filename="../../fieldapp/ui/people_page.py" line="58" />
      <source>Possible duplicates</source>
      <translation>تكرارات محتملة</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/people_page.py" line="59" />
      <source>Looking for possible duplicates…</source>
      <translation>جارٍ البحث عن تكرارات محتملة…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/people_page.py" line="61" />
      <source>Merge: keep the first, move the second's attendance to it</source>
      <translation>دمج: الإبقاء على الأول ونقل سجل حضور الثاني إليه</translation>
    </message>
    <message numerus="yes">
      <location filename="../../fieldapp/ui/people_page.py" line="91" />
      <source>%Ln possible duplicate(s).</source>
      <translation>
        <numerusform>لا تكرارات محتملة.</numerusform>
        <numerusform>تكرار محتمل واحد.</numerusform>
        <numerusform>تكراران محتملان.</numerusform>
        <numerusform>%Ln تكرارات محتملة.</numerusform>
        <numerusform>%Ln تكرارًا محتملًا.</numerusform>
        <numerusform>%Ln تكرار محتمل.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/people_page.py" line="93" />
      <source>No possible duplicates found.</source>
      <translation>لم يُعثر على أي تكرارات محتملة.</translation>
    </message>
  </context>
  <context>
    <name>ErasePerson</name>
    <message>
      <location filename="../../fieldapp/ui/erase_person.py" line="22" />
      <source>born {0}</source>
      <translation>مواليد {0}</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/erase_person.py" line="31" />
      <source>Her name, e-mail, phone, position, birth year and notes are removed from this computer and, after the next sync, from HQ.</source>
      <translation>يُحذف اسمها وبريدها الإلكتروني وهاتفها ومنصبها وسنة ميلادها والملاحظات من هذا الحاسوب، ومن المقر بعد المزامنة التالية.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/erase_person.py" line="37" />
      <source>Her attendance at one event stays as an anonymous count.</source>
      <translation>يبقى حضورها في فعالية واحدة عدًّا مجهول الهوية.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/erase_person.py" line="41" />
      <source>Her %n attendances stay as anonymous counts.</source>
      <translation>تبقى مرات حضورها (%n) أعدادًا مجهولة الهوية.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/erase_person.py" line="46" />
      <source>His name, e-mail, phone, position, birth year and notes are removed from this computer and, after the next sync, from HQ.</source>
      <translation>يُحذف اسمه وبريده الإلكتروني وهاتفه ومنصبه وسنة ميلاده والملاحظات من هذا الحاسوب، ومن المقر بعد المزامنة التالية.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/erase_person.py" line="52" />
      <source>His attendance at one event stays as an anonymous count.</source>
      <translation>يبقى حضوره في فعالية واحدة عدًّا مجهول الهوية.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/erase_person.py" line="56" />
      <source>His %n attendances stay as anonymous counts.</source>
      <translation>تبقى مرات حضوره (%n) أعدادًا مجهولة الهوية.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/erase_person.py" line="61" />
      <source>Their name, e-mail, phone, position, birth year and notes are removed from this computer and, after the next sync, from HQ.</source>
      <translation>يُحذف اسم هذا الشخص وبريده الإلكتروني وهاتفه ومنصبه وسنة ميلاده والملاحظات من هذا الحاسوب، ومن المقر بعد المزامنة التالية.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/erase_person.py" line="67" />
      <source>Their attendance at one event stays as an anonymous count.</source>
      <translation>يبقى حضوره في فعالية واحدة عدًّا مجهول الهوية.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/erase_person.py" line="71" />
      <source>Their %n attendances stay as anonymous counts.</source>
      <translation>تبقى مرات حضوره (%n) أعدادًا مجهولة الهوية.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/erase_person.py" line="77" />
      <source>Erase the identity of {0}?</source>
      <translation>محو هوية {0}؟</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/erase_person.py" line="84" />
      <source>This cannot be undone.</source>
      <translation>لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/erase_person.py" line="95" />
      <source>Erase a person's identity</source>
      <translation>محو هوية شخص</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/erase_person.py" line="98" />
      <source>Erase</source>
      <translation>محو</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/erase_person.py" line="133" />
      <source>Not erased</source>
      <translation>لم يُمحَ</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/erase_person.py" line="134" />
      <source>{0} was not erased: {1}</source>
      <translation>لم تُمحَ هوية {0}: {1}</translation>
    </message>
  </context>
  <context>
    <name>EventEditor</name>
    <message>
      <location filename="../../fieldapp/ui/event_editor.py" line="97" />
      <source>Event type</source>
      <translation>نوع الفعالية</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/event_editor.py" line="98" />
      <source>Modality</source>
      <translation>الصيغة</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/event_editor.py" line="99" />
      <source>Status</source>
      <translation>الحالة</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/event_editor.py" line="108" />
      <source>—</source>
      <translation>—</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/event_editor.py" line="111" />
      <source>Working group</source>
      <translation>الفريق العامل</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/event_editor.py" line="114" />
      <source>not stated</source>
      <translation>غير محدد</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/event_editor.py" line="119" />
      <source>Beneficiary countries</source>
      <translation>البلدان المستفيدة</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/event_editor.py" line="122" />
      <source>Outcomes</source>
      <translation>النتائج</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/event_editor.py" line="125" />
      <source>Pillars</source>
      <translation>الركائز</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/event_editor.py" line="128" />
      <source>Partner entities</source>
      <translation>الكيانات الشريكة</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/event_editor.py" line="130" />
      <source>Donors</source>
      <translation>المانحون</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/event_editor.py" line="139" />
      <source>people, {0}; empty: not stated</source>
      <translation>أشخاص، {0}؛ فارغ: غير محدد</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/event_editor.py" line="163" />
      <source>{0}: problem</source>
      <translation>{0}: مشكلة</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/event_editor.py" line="182" />
      <source>Details</source>
      <translation>التفاصيل</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/event_editor.py" line="184" />
      <source>Participants</source>
      <translation>المشاركون</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/event_editor.py" line="185" />
      <source>Head counts</source>
      <translation>أعداد الحضور</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/event_editor.py" line="200" />
      <source>Why the event cannot be saved</source>
      <translation>سبب تعذّر حفظ الفعالية</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/event_editor.py" line="201" />
      <source>Save</source>
      <translation>حفظ</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/event_editor.py" line="205" />
      <source>Close</source>
      <translation>إغلاق</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/event_editor.py" line="292" />
      <source>Loading…</source>
      <translation>جارٍ التحميل…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/event_editor.py" line="308" />
      <source>New event</source>
      <translation>فعالية جديدة</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/event_editor.py" line="366" />
      <source>this new event</source>
      <translation>هذه الفعالية الجديدة</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/event_editor.py" line="369" />
      <source>Unsaved changes</source>
      <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/event_editor.py" line="370" />
      <source>Save the changes to “{0}”?</source>
      <translation>هل تريد حفظ التغييرات على «{0}»؟</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/event_editor.py" line="444" />
      <source>is not a date: type it like {0}.</source>
      <translation>ليس تاريخاً: اكتبه بالصيغة {0}.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/event_editor.py" line="452" />
      <source>{0}, {1}</source>
      <translation>{0}، {1}</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/event_editor.py" line="491" />
      <source>Cannot save yet — {0}: {1}</source>
      <translation>يتعذّر الحفظ حالياً — {0}: {1}</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/event_editor.py" line="523" />
      <source>Saving…</source>
      <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/event_editor.py" line="537" />
      <source>Not saved: {0}</source>
      <translation>لم يتم الحفظ: {0}</translation>
    </message>
  </context>
  <context>
    <name>EventsPage</name>
    <message>
      <location filename="../../fieldapp/ui/events_page.py" line="49" />
      <source>Title</source>
      <translation>العنوان</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/events_page.py" line="50" />
      <source>Type</source>
      <translation>النوع</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/events_page.py" line="51" />
      <source>Status</source>
      <translation>الحالة</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/events_page.py" line="52" />
      <source>Start</source>
      <translation>البدء</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/events_page.py" line="53" />
      <source>End</source>
      <translation>النهاية</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/events_page.py" line="54" />
      <source>City</source>
      <translation>المدينة</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/events_page.py" line="55" />
      <source>Country</source>
      <translation>البلد</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/events_page.py" line="56" />
      <source>Participants</source>
      <translation>المشاركون</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/events_page.py" line="71" />
      <source>Search title, city or country…</source>
      <translation>ابحث عن عنوان أو مدينة أو بلد…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/events_page.py" line="72" />
      <source>Search events</source>
      <translation>البحث في الفعاليات</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/events_page.py" line="75" />
      <source>Period filter</source>
      <translation>تصفية حسب الفترة</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/events_page.py" line="76" />
      <source>Any date</source>
      <translation>أي تاريخ</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/events_page.py" line="77" />
      <source>From – to</source>
      <translation>من – إلى</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/events_page.py" line="83" />
      <source>From</source>
      <translation>من</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/events_page.py" line="84" />
      <source>To</source>
      <translation>إلى</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/events_page.py" line="89" />
      <source>Status filter</source>
      <translation>تصفية حسب الحالة</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/events_page.py" line="90" />
      <source>Any status</source>
      <translation>أي حالة</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/events_page.py" line="94" />
      <source>Type filter</source>
      <translation>تصفية حسب النوع</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/events_page.py" line="95" />
      <source>Any type</source>
      <translation>أي نوع</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/events_page.py" line="98" />
      <source>Any country</source>
      <translation>أي بلد</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/events_page.py" line="99" />
      <source>Country filter</source>
      <translation>تصفية حسب البلد</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/events_page.py" line="128" />
      <source>Events</source>
      <translation>الفعاليات</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/events_page.py" line="131" />
      <source>New event</source>
      <translation>فعالية جديدة</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/events_page.py" line="132" />
      <source>Record a new event (Ctrl+N)</source>
      <translation>تسجيل فعالية جديدة (Ctrl+N)</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/events_page.py" line="133" />
      <source>Open</source>
      <translation>فتح</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/events_page.py" line="134" />
      <source>Delete</source>
      <translation>حذف</translation>
    </message>
    <message numerus="yes">
      <location filename="../../fieldapp/ui/events_page.py" line="250" />
      <source>%Ln event(s)</source>
      <translation>
        <numerusform>لا فعاليات</numerusform>
        <numerusform>فعالية واحدة</numerusform>
        <numerusform>فعاليتان</numerusform>
        <numerusform>%Ln فعاليات</numerusform>
        <numerusform>%Ln فعاليةً</numerusform>
        <numerusform>%Ln فعالية</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/events_page.py" line="253" />
      <source>No events yet: “New event” (Ctrl+N) records the first one.</source>
      <translation>لا توجد فعاليات بعد: يتيح زر «فعالية جديدة» (Ctrl+N) تسجيل أول فعالية.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/events_page.py" line="256" />
      <source>No event matches these filters.</source>
      <translation>لا توجد فعالية تطابق معايير التصفية هذه.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/events_page.py" line="333" />
      <source>Delete event</source>
      <translation>حذف الفعالية</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/events_page.py" line="335" />
      <source>Delete “{0}” ({1}) and its {2} attendances? It is kept as deleted for HQ and can be restored there.</source>
      <translation>هل تريد حذف «{0}» ({1}) وسجلات الحضور المرتبطة بها ({2})؟ تُحفظ الفعالية بوصفها محذوفة لدى المقر ويمكن استعادتها هناك.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/events_page.py" line="352" />
      <source>Not done</source>
      <translation>لم يتم</translation>
    </message>
  </context>
  <context>
    <name>FirstRun</name>
    <message>
      <location filename="../../fieldapp/ui/first_run.py" line="32" />
      <source>Strong enough.</source>
      <translation>قوية بما يكفي.</translation>
    </message>
  </context>
  <context>
    <name>FirstRunWizard</name>
    <message>
      <location filename="../../fieldapp/ui/first_run.py" line="155" />
      <source>Set up Field Office Data Collection</source>
      <translation>إعداد تطبيق جمع بيانات المكاتب الميدانية</translation>
    </message>
  </context>
  <context>
    <name>HeadCountGrid</name>
    <message>
      <location filename="../../fieldapp/ui/head_count_grid.py" line="25" />
      <location filename="../../fieldapp/ui/head_count_grid.py" line="43" />
      <source>Total</source>
      <translation>المجموع</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/head_count_grid.py" line="35" />
      <source>{0}, {1}</source>
      <translation>{0}، {1}</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/head_count_grid.py" line="52" />
      <source>Total counted</source>
      <translation>مجموع المعدودين</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/head_count_grid.py" line="60" />
      <source>People who attended without being registered by name, counted by sex and age band.</source>
      <translation>الأشخاص الذين حضروا دون تسجيلهم بالاسم، معدودون حسب الجنس والفئة العمرية.</translation>
    </message>
  </context>
  <context>
    <name>ImportDialog</name>
    <message>
      <location filename="../../fieldapp/ui/import_dialog.py" line="36" />
      <source>Import people from %1</source>
      <translation>استيراد أشخاص من %1</translation>
    </message>
    <message numerus="yes">
      <location filename="../../fieldapp/ui/import_dialog.py" line="114" />
      <source>%Ln row(s) read (%1).</source>
      <translation>
        <numerusform>لم يُقرأ أي صف (%1).</numerusform>
        <numerusform>قُرئ صف واحد (%1).</numerusform>
        <numerusform>قُرئ صفان (%1).</numerusform>
        <numerusform>قُرئت %Ln صفوف (%1).</numerusform>
        <numerusform>قُرئ %Ln صفًا (%1).</numerusform>
        <numerusform>قُرئ %Ln صف (%1).</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/import_dialog.py" line="132" />
      <source>Not read: %1</source>
      <translation>تعذّرت القراءة: %1</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/import_dialog.py" line="46" />
      <location filename="../../fieldapp/ui/import_dialog.py" line="96" />
      <source>Columns</source>
      <translation>الأعمدة</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/import_dialog.py" line="51" />
      <source>First rows</source>
      <translation>الصفوف الأولى</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/import_dialog.py" line="53" />
      <source>Row</source>
      <translation>الصف</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/import_dialog.py" line="62" />
      <source>Rows with problems</source>
      <translation>صفوف بها مشاكل</translation>
    </message>
    <message numerus="yes">
      <location filename="../../fieldapp/ui/import_dialog.py" line="66" />
      <source>… and %Ln more problem(s)</source>
      <translation>
        <numerusform>… ولا مشكلات أخرى</numerusform>
        <numerusform>… ومشكلة أخرى</numerusform>
        <numerusform>… ومشكلتان أخريان</numerusform>
        <numerusform>… و%Ln مشكلات أخرى</numerusform>
        <numerusform>… و%Ln مشكلةً أخرى</numerusform>
        <numerusform>… و%Ln مشكلة أخرى</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/import_dialog.py" line="68" />
      <source>Already known</source>
      <translation>موجودون مسبقاً</translation>
    </message>
    <message numerus="yes">
      <location filename="../../fieldapp/ui/import_dialog.py" line="72" />
      <source>… and %Ln more row(s)</source>
      <translation>
        <numerusform>… ولا صفوف أخرى</numerusform>
        <numerusform>… وصف آخر</numerusform>
        <numerusform>… وصفان آخران</numerusform>
        <numerusform>… و%Ln صفوف أخرى</numerusform>
        <numerusform>… و%Ln صفًا آخر</numerusform>
        <numerusform>… و%Ln صف آخر</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/import_dialog.py" line="75" />
      <source>Rows with problems (%1)</source>
      <translation>صفوف بها مشاكل (%1)</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/import_dialog.py" line="76" />
      <source>Already known (%1)</source>
      <translation>موجودون مسبقاً (%1)</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/import_dialog.py" line="83" />
      <source>Leave out the rows with problems and import the rest</source>
      <translation>استبعاد الصفوف التي بها مشاكل واستيراد الباقي</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/import_dialog.py" line="85" />
      <source>Leave out the rows with problems</source>
      <translation>استبعاد الصفوف التي بها مشاكل</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/import_dialog.py" line="98" />
      <source>First rows, as they will be stored</source>
      <translation>الصفوف الأولى كما ستُخزَّن</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/import_dialog.py" line="126" />
      <source>; </source>
      <translation>؛ </translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/import_dialog.py" line="127" />
      <source>%1 → %2</source>
      <translation>%1 ← %2</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/import_dialog.py" line="131" />
      <source>, </source>
      <translation>، </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fieldapp/ui/import_dialog.py" line="138" />
      <source>Import %Ln person(s)</source>
      <translation>
        <numerusform>استيراد: لا أحد</numerusform>
        <numerusform>استيراد شخص واحد</numerusform>
        <numerusform>استيراد شخصين</numerusform>
        <numerusform>استيراد %Ln أشخاص</numerusform>
        <numerusform>استيراد %Ln شخصًا</numerusform>
        <numerusform>استيراد %Ln شخص</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/import_dialog.py" line="117" />
      <source>They will also be registered at “%1”.</source>
      <translation>وسيُسجَّلون أيضاً في «%1».</translation>
    </message>
  </context>
  <context>
    <name>ImportText</name>
    <message>
      <location filename="../../fieldapp/ui/import_text.py" line="60" />
      <source>yes</source>
      <translation>نعم</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/import_text.py" line="60" />
      <source>no</source>
      <translation>لا</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/import_text.py" line="88" />
      <source>%1 or %2</source>
      <translation>%1 أو %2</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/import_text.py" line="93" />
      <source>%1 — did you mean %2?</source>
      <translation>%1 — هل تقصد %2؟</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/import_text.py" line="99" />
      <source>row %1, column “%2”: %3</source>
      <translation>الصف %1، العمود «%2»: %3</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/import_text.py" line="102" />
      <source>row %1, %2: %3</source>
      <translation>الصف %1، %2: %3</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/import_text.py" line="110" />
      <source>same ID</source>
      <translation>تطابق المعرِّف</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/import_text.py" line="111" />
      <source>same name</source>
      <translation>تطابق الاسم</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/import_text.py" line="113" />
      <source>same name and e-mail</source>
      <translation>تطابق الاسم والبريد</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/import_text.py" line="114" />
      <source>same name, birth year and e-mail</source>
      <translation>تطابق الاسم وسنة الميلاد والبريد</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/import_text.py" line="117" />
      <source>same name, but another birth year or e-mail</source>
      <translation>تطابق الاسم مع اختلاف سنة الميلاد أو البريد</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/import_text.py" line="129" />
      <source>born %1</source>
      <translation>مواليد %1</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/import_text.py" line="133" />
      <source>row %1</source>
      <translation>الصف %1</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/import_text.py" line="135" />
      <source>the registry</source>
      <translation>السجل</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/import_text.py" line="137" />
      <source>%1 (%2)</source>
      <translation>%1 (%2)</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/import_text.py" line="137" />
      <location filename="../../fieldapp/ui/import_text.py" line="173" />
      <source>, </source>
      <translation>، </translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/import_text.py" line="144" />
      <source>(%1 people fit)</source>
      <translation>(عدد المطابقين: %1)</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/import_text.py" line="146" />
      <source>row %1: %2: %3: %4</source>
      <translation>الصف %1: %2: %3: %4</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/import_text.py" line="158" />
      <source>Excel, sheet “%1”</source>
      <translation>Excel، الورقة «%1»</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/import_text.py" line="162" />
      <source>CSV, %1, tab separated</source>
      <translation>CSV، %1، الفاصل علامة الجدولة</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/import_text.py" line="164" />
      <source>CSV, %1, “%2” separated</source>
      <translation>CSV، %1، الفاصل «%2»</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/import_text.py" line="174" />
      <source>“%1”</source>
      <translation>«%1»</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/import_text.py" line="177" />
      <source>No column of %1 holds the people's names (its columns: %2). Name that column “%3” in the sheet, then import it again.</source>
      <translation>لا يحوي أي عمود في %1 أسماء الأشخاص (أعمدته: %2). سمِّ ذلك العمود «%3» في الورقة، ثم استوردها من جديد.</translation>
    </message>
  </context>
  <context>
    <name>JobBar</name>
    <message>
      <location filename="../../fieldapp/ui/job_bar.py" line="33" />
      <source>Progress</source>
      <translation>التقدم</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/job_bar.py" line="37" />
      <source>Cancel</source>
      <translation>إلغاء</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/job_bar.py" line="43" />
      <source>Result</source>
      <translation>النتيجة</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/job_bar.py" line="44" />
      <source>Open</source>
      <translation>فتح</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/job_bar.py" line="47" />
      <source>Show in folder</source>
      <translation>عرض في المجلد</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/job_bar.py" line="90" />
      <source>Page %1 of about %2</source>
      <translation>الصفحة %1 من نحو %2</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/job_bar.py" line="93" />
      <source>Page %1</source>
      <translation>الصفحة %1</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/job_bar.py" line="95" />
      <source>Row %1 of %2</source>
      <translation>الصف %1 من %2</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/job_bar.py" line="98" />
      <source>Reading the records…</source>
      <translation>جارٍ قراءة البيانات…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/job_bar.py" line="104" />
      <source>Cancelling…</source>
      <translation>جارٍ الإلغاء…</translation>
    </message>
  </context>
  <context>
    <name>Labels</name>
    <message>
      <source>Title</source>
      <translation>العنوان</translation>
    </message>
    <message>
      <source>Event type</source>
      <translation>نوع الفعالية</translation>
    </message>
    <message>
      <source>Modality</source>
      <translation>الصيغة</translation>
    </message>
    <message>
      <source>Start date</source>
      <translation>تاريخ البدء</translation>
    </message>
    <message>
      <source>End date</source>
      <translation>تاريخ الانتهاء</translation>
    </message>
    <message>
      <source>Host country</source>
      <translation>البلد المضيف</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>الحالة</translation>
    </message>
    <message>
      <source>Working group</source>
      <translation>الفريق العامل</translation>
    </message>
    <message>
      <source>Total counted</source>
      <translation>مجموع المعدودين</translation>
    </message>
    <message>
      <source>Beneficiary countries</source>
      <translation>البلدان المستفيدة</translation>
    </message>
    <message>
      <source>Outcomes</source>
      <translation>النتائج</translation>
    </message>
    <message>
      <source>Pillars</source>
      <translation>الركائز</translation>
    </message>
    <message>
      <source>Full name</source>
      <translation>الاسم الكامل</translation>
    </message>
    <message>
      <source>Sex</source>
      <translation>الجنس</translation>
    </message>
    <message>
      <source>Birth year</source>
      <translation>سنة الميلاد</translation>
    </message>
    <message>
      <source>Age band</source>
      <translation>الفئة العمرية</translation>
    </message>
    <message>
      <source>Nationality</source>
      <translation>الجنسية</translation>
    </message>
    <message>
      <source>Organization type</source>
      <translation>نوع الجهة</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>البريد الإلكتروني</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>الهاتف</translation>
    </message>
    <message>
      <source>Consent date</source>
      <translation>تاريخ الموافقة</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>الدور</translation>
    </message>
    <message>
      <source>Days attended</source>
      <translation>أيام الحضور</translation>
    </message>
    <message>
      <source>Days present</source>
      <translation>الحضور اليومي</translation>
    </message>
    <message>
      <source>Pre-test score</source>
      <translation>درجة الاختبار القبلي</translation>
    </message>
    <message>
      <source>Post-test score</source>
      <translation>درجة الاختبار البعدي</translation>
    </message>
    <message>
      <source>Satisfaction</source>
      <translation>مستوى الرضا</translation>
    </message>
    <message>
      <source>Participant</source>
      <translation>المشارك</translation>
    </message>
    <message>
      <source>Count</source>
      <translation>العدد</translation>
    </message>
    <message>
      <source>Passphrase</source>
      <translation>عبارة المرور</translation>
    </message>
    <message>
      <source>This month</source>
      <translation>هذا الشهر</translation>
    </message>
    <message>
      <source>Last month</source>
      <translation>الشهر الماضي</translation>
    </message>
    <message>
      <source>This quarter</source>
      <translation>الربع الحالي</translation>
    </message>
    <message>
      <source>Last quarter</source>
      <translation>الربع السابق</translation>
    </message>
    <message>
      <source>This year</source>
      <translation>العام الحالي</translation>
    </message>
    <message>
      <source>Last year</source>
      <translation>العام الماضي</translation>
    </message>
    <message>
      <source>Last 12 months</source>
      <translation>آخر 12 شهراً</translation>
    </message>
    <message>
      <source>All time</source>
      <translation>كل الفترات</translation>
    </message>
    <message>
      <source>Custom</source>
      <translation>مخصَّصة</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>الاسم</translation>
    </message>
    <message>
      <source>Organization</source>
      <translation>الجهة</translation>
    </message>
    <message>
      <source>Days</source>
      <translation>الأيام</translation>
    </message>
    <message>
      <source>Completed</source>
      <translation>مكتمل</translation>
    </message>
    <message>
      <source>Pre-test</source>
      <translation>اختبار قبلي</translation>
    </message>
    <message>
      <source>Post-test</source>
      <translation>اختبار بعدي</translation>
    </message>
    <message>
      <source>same name and birth year</source>
      <translation>تطابق الاسم وسنة الميلاد</translation>
    </message>
    <message>
      <source>same e-mail</source>
      <translation>تطابق البريد</translation>
    </message>
    <message>
      <source>Venue</source>
      <translation>المكان</translation>
    </message>
    <message>
      <source>City</source>
      <translation>المدينة</translation>
    </message>
    <message>
      <source>Programme</source>
      <translation>البرنامج</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>اللغة</translation>
    </message>
    <message>
      <source>Narrative</source>
      <translation>الوصف</translation>
    </message>
    <message>
      <source>Partners</source>
      <translation>الشركاء</translation>
    </message>
    <message>
      <source>Donors</source>
      <translation>المانحون</translation>
    </message>
    <message>
      <source>Position</source>
      <translation>المنصب</translation>
    </message>
    <message>
      <source>Consent</source>
      <translation>الموافقة</translation>
    </message>
    <message>
      <source>event</source>
      <translation>فعالية</translation>
    </message>
    <message>
      <source>participant</source>
      <translation>مشارك</translation>
    </message>
    <message>
      <source>attendance</source>
      <translation>حضور</translation>
    </message>
    <message>
      <source>head count</source>
      <translation>عدد الحضور</translation>
    </message>
    <message>
      <source>ID</source>
      <translation>المعرِّف</translation>
    </message>
    <message>
      <source>First name</source>
      <translation>الاسم الأول</translation>
    </message>
    <message>
      <source>Last name</source>
      <translation>اسم العائلة</translation>
    </message>
    <message>
      <source>Age</source>
      <translation>العمر</translation>
    </message>
    <message>
      <source>Legal basis</source>
      <translation>الأساس القانوني</translation>
    </message>
    <message>
      <source>Since</source>
      <translation>تاريخ السريان</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>السبب</translation>
    </message>
    <message>
      <source>Legal basis since</source>
      <translation>تاريخ الأساس القانوني</translation>
    </message>
    <message>
      <source>Legal basis reason</source>
      <translation>سبب الأساس القانوني</translation>
    </message>
    <message>
      <source>output</source>
      <translation>ملف يتضمن أسماء</translation>
    </message>
    <message>
      <source>Public interest</source>
      <translation>المصلحة العامة</translation>
    </message>
    <message>
      <source>Legitimate interest</source>
      <translation>المصلحة المشروعة</translation>
    </message>
    <message>
      <source>Vital interest</source>
      <translation>المصلحة الحيوية</translation>
    </message>
    <message>
      <source>Legal obligation</source>
      <translation>الالتزام القانوني</translation>
    </message>
    <message>
      <source>All people</source>
      <translation>جميع الأشخاص</translation>
    </message>
    <message>
      <source>No basis recorded</source>
      <translation>لا أساس مسجّل</translation>
    </message>
    <message>
      <source>Consent withdrawn</source>
      <translation>الموافقة مسحوبة</translation>
    </message>
    <message>
      <source>Not recorded</source>
      <translation>غير مسجّل</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../fieldapp/ui/app.py" line="71" />
      <location filename="../../fieldapp/ui/main_window.py" line="86" />
      <source>Field Office Data Collection</source>
      <translation>جمع بيانات المكاتب الميدانية</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/main_window.py" line="89" />
      <location filename="../../fieldapp/ui/main_window.py" line="298" />
      <source>Locked</source>
      <translation>مقفل</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/main_window.py" line="90" />
      <source>Unsynced changes</source>
      <translation>تغييرات غير مُزامَنة</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/main_window.py" line="93" />
      <source>Working</source>
      <translation>جارٍ العمل</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/main_window.py" line="94" />
      <source>Lock</source>
      <translation>قفل</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/main_window.py" line="95" />
      <source>Close the store now (Ctrl+L)</source>
      <translation>إغلاق قاعدة البيانات الآن (Ctrl+L)</translation>
    </message>
    <message numerus="yes">
      <location filename="../../fieldapp/ui/main_window.py" line="101" />
      <source>%Ln unsynced</source>
      <translation>
        <numerusform>غير مُزامَنة: %Ln</numerusform>
        <numerusform>غير مُزامَنة: %Ln</numerusform>
        <numerusform>غير مُزامَنة: %Ln</numerusform>
        <numerusform>غير مُزامَنة: %Ln</numerusform>
        <numerusform>غير مُزامَنة: %Ln</numerusform>
        <numerusform>غير مُزامَنة: %Ln</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/main_window.py" line="150" />
      <source>Screens</source>
      <translation>الشاشات</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/main_window.py" line="153" />
      <source>Dashboard</source>
      <translation>لوحة المعلومات</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/main_window.py" line="154" />
      <source>Events</source>
      <translation>الفعاليات</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/main_window.py" line="155" />
      <source>People</source>
      <translation>الأشخاص</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/main_window.py" line="156" />
      <source>Reports</source>
      <translation>التقارير</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/main_window.py" line="157" />
      <source>Sync</source>
      <translation>المزامنة</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/main_window.py" line="158" />
      <source>Settings</source>
      <translation>الإعدادات</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/main_window.py" line="230" />
      <source>Not enrolled with HQ</source>
      <translation>غير مسجَّل لدى المقر</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/main_window.py" line="232" />
      <source>Syncing…</source>
      <translation>جارٍ المزامنة…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/main_window.py" line="234" />
      <source>Online · HQ reached {0}</source>
      <translation>متصل · اتصال بالمقر في {0}</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/main_window.py" line="236" />
      <source>Offline · last contact {0}</source>
      <translation>غير متصل · آخر اتصال في {0}</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/main_window.py" line="238" />
      <source>Offline · HQ not reached yet</source>
      <translation>غير متصل · لم يتم الاتصال بالمقر بعد</translation>
    </message>
  </context>
  <context>
    <name>OfficePage</name>
    <message>
      <location filename="../../fieldapp/ui/first_run.py" line="38" />
      <source>Your office</source>
      <translation>مكتبك</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/first_run.py" line="39" />
      <source>The name and country of the office that records in this store.</source>
      <translation>اسم المكتب الذي يسجل البيانات في قاعدة البيانات هذه وبلده.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/first_run.py" line="42" />
      <source>e.g. Programme Office Rabat</source>
      <translation>مثال: مكتب البرنامج في الرباط</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/first_run.py" line="43" />
      <source>Office name</source>
      <translation>اسم المكتب</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/first_run.py" line="44" />
      <source>Choose a country…</source>
      <translation>اختر بلداً…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/first_run.py" line="45" />
      <location filename="../../fieldapp/ui/first_run.py" line="49" />
      <source>Country</source>
      <translation>البلد</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/first_run.py" line="48" />
      <source>Office</source>
      <translation>المكتب</translation>
    </message>
  </context>
  <context>
    <name>OutputLogBox</name>
    <message>
      <location filename="../../fieldapp/ui/output_log_box.py" line="29" />
      <location filename="../../fieldapp/ui/output_log_box.py" line="50" />
      <source>Files with names</source>
      <translation>ملفات تتضمن أسماء</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/output_log_box.py" line="33" />
      <source>Every PDF or export that carries people's names is recorded here and reported to HQ (how many people, not who): a person can ask which files included them.</source>
      <translation>يُسجَّل هنا كل ملف PDF أو ملف تصدير يتضمن أسماء أشخاص، ويُبلَّغ به المقر (عدد الأشخاص لا هوياتهم): ويمكن لأي شخص أن يسأل عن الملفات التي تضمنت اسمه.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/output_log_box.py" line="42" />
      <source>When</source>
      <translation>التوقيت</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/output_log_box.py" line="43" />
      <source>Who</source>
      <translation>المستخدم</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/output_log_box.py" line="44" />
      <source>What</source>
      <translation>النوع</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/output_log_box.py" line="45" />
      <source>About</source>
      <translation>الموضوع</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/output_log_box.py" line="46" />
      <source>People</source>
      <translation>الأشخاص</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/output_log_box.py" line="70" />
      <source>Event summary with names</source>
      <translation>ملخص فعالية بالأسماء</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/output_log_box.py" line="71" />
      <source>Sign-in sheet</source>
      <translation>كشف الحضور</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/output_log_box.py" line="72" />
      <source>Certificates</source>
      <translation>الشهادات</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/output_log_box.py" line="73" />
      <source>People export</source>
      <translation>تصدير الأشخاص</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/output_log_box.py" line="74" />
      <source>Subject access report</source>
      <translation>تقرير اطلاع صاحب البيانات</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/output_log_box.py" line="105" />
      <source>No file with names has been written on this computer.</source>
      <translation>لم يُكتب أي ملف يتضمن أسماء على هذا الحاسوب.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/output_log_box.py" line="108" />
      <source>{0} files with names written here; the latest {1} are listed.</source>
      <translation>عدد الملفات المتضمنة أسماء المكتوبة هنا: {0}؛ وتُعرض أحدث {1} منها.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../fieldapp/ui/output_log_box.py" line="114" />
      <source>%Ln file(s) with names written here, newest first.</source>
      <translation>
        <numerusform>%Ln ملف يتضمن أسماء كُتب هنا، الأحدث أولاً.</numerusform>
        <numerusform>%Ln ملف يتضمن أسماء كُتب هنا، الأحدث أولاً.</numerusform>
        <numerusform>%Ln ملفان يتضمنان أسماء كُتبا هنا، الأحدث أولاً.</numerusform>
        <numerusform>%Ln ملفات تتضمن أسماء كُتبت هنا، الأحدث أولاً.</numerusform>
        <numerusform>%Ln ملفًا يتضمن أسماء كُتب هنا، الأحدث أولاً.</numerusform>
        <numerusform>%Ln ملف يتضمن أسماء كُتب هنا، الأحدث أولاً.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>PassphraseDialog</name>
    <message>
      <location filename="../../fieldapp/ui/passphrase_dialog.py" line="23" />
      <location filename="../../fieldapp/ui/passphrase_dialog.py" line="37" />
      <source>Change the passphrase</source>
      <translation>تغيير عبارة المرور</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/passphrase_dialog.py" line="24" />
      <location filename="../../fieldapp/ui/passphrase_dialog.py" line="53" />
      <source>Current passphrase</source>
      <translation>عبارة المرور الحالية</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/passphrase_dialog.py" line="25" />
      <location filename="../../fieldapp/ui/passphrase_dialog.py" line="54" />
      <source>New passphrase</source>
      <translation>عبارة المرور الجديدة</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/passphrase_dialog.py" line="26" />
      <source>New passphrase again</source>
      <translation>تأكيد عبارة المرور الجديدة</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/passphrase_dialog.py" line="46" />
      <source>The recovery key keeps working. Backups in the store's folder take the new passphrase; copies already carried away (a USB stick) keep the one they were made with.</source>
      <translation>يظل مفتاح الاسترداد صالحاً. وتعتمد النسخ الاحتياطية الموجودة في مجلد قاعدة البيانات عبارة المرور الجديدة؛ أما النسخ التي سبق نقلها (على ذاكرة USB) فتحتفظ بالعبارة التي أُعدّت بها.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/passphrase_dialog.py" line="55" />
      <source>Again</source>
      <translation>تأكيد</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/passphrase_dialog.py" line="72" />
      <source>Type the same new passphrase twice.</source>
      <translation>اكتب عبارة المرور الجديدة نفسها مرتين.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/passphrase_dialog.py" line="74" />
      <source>The new passphrase is the current one.</source>
      <translation>عبارة المرور الجديدة مطابقة للعبارة الحالية.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/passphrase_dialog.py" line="81" />
      <source>Changing the passphrase…</source>
      <translation>جارٍ تغيير عبارة المرور…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/passphrase_dialog.py" line="94" />
      <source>The passphrase is changed. Use the new one from now on; the recovery key still works.</source>
      <translation>تم تغيير عبارة المرور. استخدم العبارة الجديدة من الآن فصاعداً؛ ولا يزال مفتاح الاسترداد صالحاً.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/passphrase_dialog.py" line="104" />
      <source>The current passphrase is not correct (capitals count). Nothing was changed. You can try again in {0} s.</source>
      <translation>عبارة المرور الحالية غير صحيحة (يُفرَّق بين الأحرف الكبيرة والصغيرة). لم يتغير شيء. يمكنك المحاولة مجدداً بعد {0} ث.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/passphrase_dialog.py" line="111" />
      <source>Nothing was changed: {0}</source>
      <translation>لم يتغير شيء: {0}</translation>
    </message>
  </context>
  <context>
    <name>PassphrasePage</name>
    <message>
      <location filename="../../fieldapp/ui/first_run.py" line="65" />
      <location filename="../../fieldapp/ui/first_run.py" line="73" />
      <location filename="../../fieldapp/ui/first_run.py" line="82" />
      <source>Passphrase</source>
      <translation>عبارة المرور</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/first_run.py" line="68" />
      <source>It opens the store. Nobody can reset it: if it is lost, only the recovery key opens the store.</source>
      <translation>تفتح هذه العبارة قاعدة البيانات. ولا يمكن لأحد إعادة تعيينها: فإذا ضاعت، لا يفتح قاعدة البيانات إلا مفتاح الاسترداد.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/first_run.py" line="76" />
      <source>Passphrase again</source>
      <translation>تأكيد عبارة المرور</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/first_run.py" line="83" />
      <source>Again</source>
      <translation>تأكيد</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/first_run.py" line="99" />
      <source>The two passphrases differ.</source>
      <translation>عبارتا المرور مختلفتان.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/first_run.py" line="120" />
      <source>Creating the encrypted store…</source>
      <translation>جارٍ إنشاء قاعدة البيانات المشفَّرة…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/first_run.py" line="135" />
      <source>The store could not be created: {0}</source>
      <translation>تعذّر إنشاء قاعدة البيانات: {0}</translation>
    </message>
  </context>
  <context>
    <name>PastePreview</name>
    <message>
      <location filename="../../fieldapp/ui/paste_names.py" line="79" />
      <source>already on the list</source>
      <translation>مدرج بالفعل في القائمة</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/paste_names.py" line="81" />
      <source>repeated above</source>
      <translation>مكرر أعلاه</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/paste_names.py" line="105" />
      <source>born {0}</source>
      <translation>مواليد {0}</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/paste_names.py" line="112" />
      <source>last: {0} ({1})</source>
      <translation>الأخير: {0} ({1})</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/paste_names.py" line="125" />
      <source>Paste names</source>
      <translation>لصق أسماء</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/paste_names.py" line="129" />
      <source>Pasted names</source>
      <translation>الأسماء الملصقة</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/paste_names.py" line="131" />
      <source>Name</source>
      <translation>الاسم</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/paste_names.py" line="131" />
      <source>Organization</source>
      <translation>الجهة</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/paste_names.py" line="131" />
      <source>What happens</source>
      <translation>الإجراء</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/paste_names.py" line="143" />
      <source>What happens to {0}</source>
      <translation>الإجراء المتخذ بشأن {0}</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/paste_names.py" line="145" />
      <source>Skip: {0}</source>
      <translation>تخطي: {0}</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/paste_names.py" line="148" />
      <source>Use: {0}</source>
      <translation>استخدام: {0}</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/paste_names.py" line="150" />
      <source>Add as a new person (sex not recorded)</source>
      <translation>إضافة كشخص جديد (الجنس غير مسجَّل)</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/paste_names.py" line="153" />
      <source>Skip: {0} people fit, choose one</source>
      <translation>تخطي: عدد المطابقين {0}، اختر واحداً</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/paste_names.py" line="157" />
      <source>Skip</source>
      <translation>تخطي</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/paste_names.py" line="189" />
      <source>{0} of {1} lines will be added ({2} new to the registry).</source>
      <translation>ستُضاف {0} من أصل {1} من الأسطر ({2} منها جديدة في السجل).</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/paste_names.py" line="194" />
      <source>Add {0}</source>
      <translation>إضافة {0}</translation>
    </message>
  </context>
  <context>
    <name>PeoplePage</name>
    <message>
      <location filename="../../fieldapp/ui/people_page.py" line="114" />
      <source>Full name</source>
      <translation>الاسم الكامل</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/people_page.py" line="115" />
      <source>Sex</source>
      <translation>الجنس</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/people_page.py" line="116" />
      <source>Organization</source>
      <translation>الجهة</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/people_page.py" line="117" />
      <source>Nationality</source>
      <translation>الجنسية</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/people_page.py" line="118" />
      <source>E-mail</source>
      <translation>البريد الإلكتروني</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/people_page.py" line="132" />
      <source>Search name, organization or e-mail…</source>
      <translation>البحث بالاسم أو الجهة أو البريد الإلكتروني…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/people_page.py" line="133" />
      <source>Search people</source>
      <translation>البحث عن أشخاص</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/people_page.py" line="137" />
      <source>Legal basis</source>
      <translation>الأساس القانوني</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/people_page.py" line="138" />
      <source>Show only the people held on this legal basis</source>
      <translation>عرض الأشخاص الذين تُحفظ بياناتهم على هذا الأساس القانوني فقط</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/people_page.py" line="151" />
      <source>Possible duplicates…</source>
      <translation>تكرارات محتملة…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/people_page.py" line="154" />
      <source>Erase…</source>
      <translation>محو…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/people_page.py" line="157" />
      <source>Remove the chosen person's identity; their attendance stays as counts</source>
      <translation>محو هوية الشخص المختار؛ ويبقى حضوره محتسباً ضمن الأعداد</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/people_page.py" line="161" />
      <source>New person</source>
      <translation>شخص جديد</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/people_page.py" line="163" />
      <source>Add a person to the registry (Ctrl+N)</source>
      <translation>إضافة شخص إلى السجل (Ctrl+N)</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/people_page.py" line="183" />
      <source>People</source>
      <translation>الأشخاص</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/people_page.py" line="189" />
      <location filename="../../fieldapp/ui/people_page.py" line="191" />
      <source>Events attended</source>
      <translation>الفعاليات التي حضرها</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/people_page.py" line="263" />
      <source>Identity erased. Their attendance still counts, under no name.</source>
      <translation>مُحيت الهوية. يبقى الحضور محسوبًا دون اسم.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../fieldapp/ui/people_page.py" line="280" />
      <source>%Ln person(s)</source>
      <translation>
        <numerusform>لا أحد</numerusform>
        <numerusform>شخص واحد</numerusform>
        <numerusform>شخصان</numerusform>
        <numerusform>%Ln أشخاص</numerusform>
        <numerusform>%Ln شخصًا</numerusform>
        <numerusform>%Ln شخص</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/people_page.py" line="282" />
      <source>Nobody held on this basis.</source>
      <translation>لا يوجد أشخاص تُحفظ بياناتهم على هذا الأساس.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/people_page.py" line="285" />
      <location filename="../../fieldapp/ui/people_page.py" line="286" />
      <source>Nobody found for “{0}”.</source>
      <translation>لم يُعثر على أحد يطابق «{0}».</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/people_page.py" line="288" />
      <source>No one yet.</source>
      <translation>لا يوجد أحد بعد.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/people_page.py" line="290" />
      <source>Add people with New person (Ctrl+N) or on an event's Participants tab.</source>
      <translation>أضف أشخاصاً عبر «شخص جديد» (Ctrl+N) أو من علامة تبويب «المشاركون» في إحدى الفعاليات.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/people_page.py" line="327" />
      <source>None yet: events are added on an event's Participants tab.</source>
      <translation>لا توجد فعاليات بعد: تُضاف الفعاليات من علامة تبويب «المشاركون» في الفعالية.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/people_page.py" line="354" />
      <source>No events yet.</source>
      <translation>لا توجد فعاليات بعد.</translation>
    </message>
  </context>
  <context>
    <name>PeriodPicker</name>
    <message>
      <location filename="../../fieldapp/ui/period_picker.py" line="24" />
      <source>Period</source>
      <translation>الفترة</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/period_picker.py" line="31" />
      <source>From</source>
      <translation>من</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/period_picker.py" line="31" />
      <source>To</source>
      <translation>إلى</translation>
    </message>
  </context>
  <context>
    <name>PersonFields</name>
    <message>
      <location filename="../../fieldapp/ui/person_fields.py" line="54" />
      <source>Choose…</source>
      <translation>اختر…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/person_fields.py" line="58" />
      <source>not recorded</source>
      <translation>غير مسجَّل</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/person_fields.py" line="76" />
      <source>the date it applies from</source>
      <translation>التاريخ الذي يسري منه</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/person_fields.py" line="78" />
      <source>why the data is held (stays on this computer)</source>
      <translation>سبب حفظ البيانات (يبقى على هذا الحاسوب)</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/person_fields.py" line="88" />
      <source>e.g. 1985</source>
      <translation>مثال: 1985</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/person_fields.py" line="143" />
      <source>{0}: problem</source>
      <translation>{0}: مشكلة</translation>
    </message>
  </context>
  <context>
    <name>PersonForm</name>
    <message>
      <location filename="../../fieldapp/ui/person_form.py" line="112" />
      <source>Discard</source>
      <translation>تجاهل</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/person_form.py" line="114" />
      <source>Give up the changes typed here</source>
      <translation>التخلي عن التغييرات المُدخلة هنا</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/person_form.py" line="116" />
      <source>Save person</source>
      <translation>حفظ بيانات الشخص</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/person_form.py" line="283" />
      <source>this person</source>
      <translation>هذا الشخص</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/person_form.py" line="285" />
      <source>Save the new person “{0}”?</source>
      <translation>هل تريد حفظ الشخص الجديد «{0}»؟</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/person_form.py" line="286" />
      <source>Save the changes to “{0}”?</source>
      <translation>هل تريد حفظ التغييرات على «{0}»؟</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/person_form.py" line="290" />
      <source>Unsaved changes</source>
      <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/person_form.py" line="333" />
      <source>choose one, or “not recorded”.</source>
      <translation>اختر قيمة، أو «غير مسجَّل».</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/person_form.py" line="353" />
      <source>Cannot save yet: {0}</source>
      <translation>يتعذّر الحفظ حالياً: {0}</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/person_form.py" line="357" />
      <source>New person: in the registry once saved.</source>
      <translation>شخص جديد: يُضاف إلى السجل بعد الحفظ.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/person_form.py" line="382" />
      <location filename="../../fieldapp/ui/person_form.py" line="455" />
      <source>Saved.</source>
      <translation>تم الحفظ.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/person_form.py" line="423" />
      <source>Not saved yet: this name is in the registry.</source>
      <translation>لم يُحفظ بعد: هذا الاسم موجود في السجل.</translation>
    </message>
  </context>
  <context>
    <name>QuickAddForm</name>
    <message>
      <location filename="../../fieldapp/ui/quick_add_form.py" line="47" />
      <source>Quick add a new person</source>
      <translation>إضافة سريعة لشخص جديد</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/quick_add_form.py" line="51" />
      <source>Full name</source>
      <translation>الاسم الكامل</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/quick_add_form.py" line="52" />
      <source>New person's full name</source>
      <translation>الاسم الكامل للشخص الجديد</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/quick_add_form.py" line="53" />
      <source>New person's sex</source>
      <translation>جنس الشخص الجديد</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/quick_add_form.py" line="53" />
      <source>Sex…</source>
      <translation>الجنس…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/quick_add_form.py" line="58" />
      <source>New person's birth year</source>
      <translation>سنة ميلاد الشخص الجديد</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/quick_add_form.py" line="59" />
      <source>Birth year…</source>
      <translation>سنة الميلاد…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/quick_add_form.py" line="63" />
      <source>New person's age band</source>
      <translation>الفئة العمرية للشخص الجديد</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/quick_add_form.py" line="64" />
      <source>or age band…</source>
      <translation>أو الفئة العمرية…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/quick_add_form.py" line="69" />
      <source>Organization</source>
      <translation>الجهة</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/quick_add_form.py" line="70" />
      <source>New person's organization</source>
      <translation>جهة الشخص الجديد</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/quick_add_form.py" line="73" />
      <source>New person's organization type</source>
      <translation>نوع جهة الشخص الجديد</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/quick_add_form.py" line="74" />
      <source>Organization type…</source>
      <translation>نوع الجهة…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/quick_add_form.py" line="77" />
      <source>Nationality…</source>
      <translation>الجنسية…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/quick_add_form.py" line="79" />
      <source>New person's nationality</source>
      <translation>جنسية الشخص الجديد</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/quick_add_form.py" line="80" />
      <source>Consents to data processing</source>
      <translation>يوافق على معالجة البيانات</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/quick_add_form.py" line="84" />
      <source>Consent date</source>
      <translation>تاريخ الموافقة</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/quick_add_form.py" line="86" />
      <source>Add new person</source>
      <translation>إضافة الشخص الجديد</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/quick_add_form.py" line="142" />
      <source>Sex: choose one, or “not recorded”.</source>
      <translation>الجنس: اختر قيمة، أو «غير مسجَّل».</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/quick_add_form.py" line="151" />
      <source>Consent date: type a date like {0}.</source>
      <translation>تاريخ الموافقة: اكتب تاريخًا مثل {0}.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/quick_add_form.py" line="170" />
      <source>Nationality: {0}</source>
      <translation>الجنسية: {0}</translation>
    </message>
  </context>
  <context>
    <name>RecoveryDialog</name>
    <message>
      <location filename="../../fieldapp/ui/recovery_dialog.py" line="52" />
      <source>Something went wrong; it was logged.</source>
      <translation>حدث خطأ ما؛ وتم تسجيله.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/recovery_dialog.py" line="79" />
      <source>Open the store with the recovery key</source>
      <translation>فتح قاعدة البيانات بمفتاح الاسترداد</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/recovery_dialog.py" line="107" />
      <source>Type the recovery key that was printed or written down when the store was made: {0} groups of 4 letters and digits. Spaces, dashes and small letters are fine.</source>
      <translation>اكتب مفتاح الاسترداد الذي طُبع أو دُوِّن عند إنشاء قاعدة البيانات: عدد مجموعاته {0}، وتتألف كل مجموعة من 4 أحرف وأرقام. لا بأس بالمسافات والشرطات والأحرف الصغيرة.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/recovery_dialog.py" line="115" />
      <location filename="../../fieldapp/ui/recovery_dialog.py" line="124" />
      <source>Recovery key</source>
      <translation>مفتاح الاسترداد</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/recovery_dialog.py" line="118" />
      <source>Check the key</source>
      <translation>التحقق من المفتاح</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/recovery_dialog.py" line="134" />
      <source>A recovery key has {0} letters and digits; this one has {1}.</source>
      <translation>عدد الأحرف والأرقام في مفتاح الاسترداد {0}؛ وفي هذا المفتاح {1}.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/recovery_dialog.py" line="139" />
      <source>Checking the key…</source>
      <translation>جارٍ التحقق من المفتاح…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/recovery_dialog.py" line="147" />
      <source>The key is right. Set a new passphrase for {0}.</source>
      <translation>المفتاح صحيح. عيِّن عبارة مرور جديدة لـ {0}.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/recovery_dialog.py" line="163" />
      <source>That recovery key does not open this store. Check each group of four against the paper. Nothing was changed. You can try again in {0} s.</source>
      <translation>مفتاح الاسترداد هذا لا يفتح قاعدة البيانات هذه. قارن كل مجموعة من أربعة رموز بما هو مدوَّن في الورقة. لم يتغير شيء. يمكنك المحاولة مجدداً بعد {0} ث.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/recovery_dialog.py" line="177" />
      <location filename="../../fieldapp/ui/recovery_dialog.py" line="190" />
      <source>New passphrase</source>
      <translation>عبارة المرور الجديدة</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/recovery_dialog.py" line="178" />
      <source>New passphrase again</source>
      <translation>تأكيد عبارة المرور الجديدة</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/recovery_dialog.py" line="182" />
      <source>Set the passphrase and open</source>
      <translation>تعيين عبارة المرور والفتح</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/recovery_dialog.py" line="191" />
      <source>Again</source>
      <translation>تأكيد</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/recovery_dialog.py" line="204" />
      <source>Type the same passphrase twice.</source>
      <translation>اكتب عبارة المرور نفسها مرتين.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/recovery_dialog.py" line="211" />
      <source>Setting the new passphrase and opening the store…</source>
      <translation>جارٍ تعيين عبارة المرور الجديدة وفتح قاعدة البيانات…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/recovery_dialog.py" line="220" />
      <source>Nothing was changed: {0}</source>
      <translation>لم يتغير شيء: {0}</translation>
    </message>
  </context>
  <context>
    <name>RecoveryKeyPage</name>
    <message>
      <location filename="../../fieldapp/ui/recovery_key_page.py" line="37" />
      <source>Recovery key of the store</source>
      <translation>مفتاح استرداد قاعدة البيانات</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/recovery_key_page.py" line="38" />
      <source>If the passphrase is forgotten: on the lock screen choose “Forgot the passphrase? Use the recovery key”, type this key, then set a new passphrase.</source>
      <translation>في حال نسيان عبارة المرور: اختر في شاشة القفل «هل نسيت عبارة المرور؟ استخدم مفتاح الاسترداد»، ثم اكتب هذا المفتاح، ثم عيِّن عبارة مرور جديدة.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/recovery_key_page.py" line="43" />
      <source>Keep this sheet apart from the computer, somewhere locked. Anyone who has it and the computer can open the office's records.</source>
      <translation>احتفظ بهذه الورقة بعيداً عن الحاسوب، في مكان مقفل. فكل من يحوزها ويحوز الحاسوب يستطيع فتح بيانات المكتب.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/recovery_key_page.py" line="71" />
      <location filename="../../fieldapp/ui/recovery_key_page.py" line="84" />
      <source>Recovery key</source>
      <translation>مفتاح الاسترداد</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/recovery_key_page.py" line="74" />
      <source>Print it, save it as a PDF or write it down, and keep it apart from this computer. It is shown only now.</source>
      <translation>اطبعه أو احفظه بصيغة PDF أو دوِّنه، واحتفظ به بعيداً عن هذا الحاسوب. لن يُعرض إلا الآن.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/recovery_key_page.py" line="86" />
      <source>Print…</source>
      <translation>طباعة…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/recovery_key_page.py" line="89" />
      <source>Save as PDF…</source>
      <translation>حفظ بصيغة PDF…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/recovery_key_page.py" line="92" />
      <source>I wrote it down</source>
      <translation>لقد دوَّنته</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/recovery_key_page.py" line="106" />
      <source>If the passphrase is forgotten, this key opens the store and sets a new passphrase. Nobody else can open it: without the passphrase or this key, every record is lost.</source>
      <translation>في حال نسيان عبارة المرور، يفتح هذا المفتاح قاعدة البيانات ويتيح تعيين عبارة مرور جديدة. ولا يمكن لأحد غيره فتحها: فبدون عبارة المرور أو هذا المفتاح، تضيع جميع البيانات.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/recovery_key_page.py" line="130" />
      <source>Keep the recovery key before closing: print it, save it as a PDF, or write it down and tick “I wrote it down”. Without it a forgotten passphrase loses every record.</source>
      <translation>احتفظ بمفتاح الاسترداد قبل الإغلاق: اطبعه، أو احفظه بصيغة PDF، أو دوِّنه وأشِّر على «لقد دوَّنته». فبدونه يؤدي نسيان عبارة المرور إلى ضياع جميع البيانات.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/recovery_key_page.py" line="151" />
      <source>Sent to the printer. Check that the sheet came out whole.</source>
      <translation>أُرسل إلى الطابعة. تأكد من أن الورقة طُبعت كاملة.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/recovery_key_page.py" line="157" />
      <source>Save the recovery key as a PDF</source>
      <translation>حفظ مفتاح الاسترداد بصيغة PDF</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/recovery_key_page.py" line="159" />
      <source>PDF files (*.pdf)</source>
      <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/recovery_key_page.py" line="167" />
      <source>The PDF could not be written to {0}. Choose another folder.</source>
      <translation>تعذّرت كتابة ملف PDF في {0}. اختر مجلداً آخر.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/recovery_key_page.py" line="172" />
      <source>Saved to {0}. Copy it to a USB stick or print it, and keep it away from this computer.</source>
      <translation>حُفظ في {0}. انسخه إلى ذاكرة USB أو اطبعه، واحتفظ به بعيداً عن هذا الحاسوب.</translation>
    </message>
  </context>
  <context>
    <name>ReportLanguage</name>
    <message>
      <location filename="../../fieldapp/ui/report_language.py" line="19" />
      <source>Language of the report</source>
      <translation>لغة التقرير</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/report_language.py" line="22" />
      <source>The language the PDFs are written in. Certificates are in the event's own language unless one is picked here.</source>
      <translation>اللغة التي تُكتب بها ملفات PDF. تُكتب الشهادات بلغة الفعالية نفسها ما لم تُختر لغة هنا.</translation>
    </message>
  </context>
  <context>
    <name>ReportsPage</name>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="83" />
      <source>List participants' names under each event</source>
      <translation>إدراج أسماء المشاركين تحت كل فعالية</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="84" />
      <source>Include participants' names</source>
      <translation>تضمين أسماء المشاركين</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="85" />
      <source>Period highlights (PDF)…</source>
      <translation>أبرز نتائج الفترة (PDF)…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="87" />
      <source>Period highlights</source>
      <translation>أبرز نتائج الفترة</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="89" />
      <source>Period</source>
      <translation>الفترة</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="98" />
      <source>Headline figures, breakdowns by country, outcome, programme and month, charts and the list of events held.</source>
      <translation>الأرقام الرئيسية، والتوزيع حسب البلد والنتيجة والبرنامج والشهر، والرسوم البيانية، وقائمة الفعاليات المنعقدة.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="107" />
      <location filename="../../fieldapp/ui/reports_page.py" line="113" />
      <source>Event</source>
      <translation>الفعالية</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="109" />
      <source>List the people registered</source>
      <translation>إدراج الأشخاص المسجَّلين</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="110" />
      <source>Include the people registered</source>
      <translation>تضمين الأشخاص المسجَّلين</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="111" />
      <source>One event</source>
      <translation>فعالية واحدة</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="117" />
      <source>Event summary (PDF)…</source>
      <translation>ملخص الفعالية (PDF)…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="118" />
      <source>Sign-in sheet (PDF)…</source>
      <translation>كشف الحضور (PDF)…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="119" />
      <source>Certificates (PDF)…</source>
      <translation>الشهادات (PDF)…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="136" />
      <source>Language of the report</source>
      <translation>لغة التقرير</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="140" />
      <source>Spreadsheets</source>
      <translation>جداول البيانات</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="142" />
      <source>What to export</source>
      <translation>محتوى التصدير</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="144" />
      <source>People</source>
      <translation>الأشخاص</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="145" />
      <source>Events (of the period above)</source>
      <translation>الفعاليات (في الفترة المحددة أعلاه)</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="146" />
      <source>Attendance (of the period above)</source>
      <translation>الحضور (في الفترة المحددة أعلاه)</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="147" />
      <source>Figures (of the period above)</source>
      <translation>الأرقام (في الفترة المحددة أعلاه)</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="151" />
      <location filename="../../fieldapp/ui/reports_page.py" line="358" />
      <source>Export</source>
      <translation>تصدير</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="153" />
      <source>Export (XLSX or CSV)…</source>
      <translation>تصدير (XLSX أو CSV)…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="157" />
      <source>Import people…</source>
      <translation>استيراد أشخاص…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="214" />
      <source>Writing %1…</source>
      <translation>جارٍ كتابة %1…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="233" />
      <source>Cancelled: nothing was written.</source>
      <translation>أُلغي: لم يُكتب أي شيء.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="265" />
      <source>PDF files (*.pdf)</source>
      <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="275" />
      <source>Choose an event first (there is none yet).</source>
      <translation>اختر فعالية أولاً (لا توجد أي فعالية بعد).</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="289" />
      <source>Period report %1 %2</source>
      <translation>تقرير الفترة %1 %2</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="291" />
      <source>Save the period highlights</source>
      <translation>حفظ أبرز نتائج الفترة</translation>
    </message>
    <message numerus="yes">
      <location filename="../../fieldapp/ui/reports_page.py" line="300" />
      <source>%Ln individual(s) trained</source>
      <translation>
        <numerusform>لا أفراد مدرَّبين</numerusform>
        <numerusform>فرد مدرَّب واحد</numerusform>
        <numerusform>فردان مدرَّبان</numerusform>
        <numerusform>%Ln أفراد مدرَّبين</numerusform>
        <numerusform>%Ln فردًا مدرَّبًا</numerusform>
        <numerusform>%Ln فرد مدرَّب</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fieldapp/ui/reports_page.py" line="301" />
      <source>%Ln workshop(s) organized</source>
      <translation>
        <numerusform>لا حلقات عمل منظَّمة</numerusform>
        <numerusform>حلقة عمل واحدة منظَّمة</numerusform>
        <numerusform>حلقتا عمل منظَّمتان</numerusform>
        <numerusform>%Ln حلقات عمل منظَّمة</numerusform>
        <numerusform>%Ln حلقةَ عمل منظَّمة</numerusform>
        <numerusform>%Ln حلقة عمل منظَّمة</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="303" />
      <source>Saved %1: %2, %3.</source>
      <translation>تم حفظ %1: %2، %3.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="309" />
      <source>the period highlights</source>
      <translation>أبرز نتائج الفترة</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="312" />
      <source>Save the event summary</source>
      <translation>حفظ ملخص الفعالية</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="312" />
      <source>Event summary</source>
      <translation>ملخص الفعالية</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="318" />
      <source>the event summary</source>
      <translation>ملخص الفعالية</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="320" />
      <source>Saved %1.</source>
      <translation>تم حفظ %1.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="324" />
      <source>Save the sign-in sheet</source>
      <translation>حفظ كشف الحضور</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="324" />
      <source>Sign-in sheet</source>
      <translation>كشف الحضور</translation>
    </message>
    <message numerus="yes">
      <location filename="../../fieldapp/ui/reports_page.py" line="331" />
      <source>%Ln name(s) filled in</source>
      <translation>
        <numerusform>لا أسماء مملوءة</numerusform>
        <numerusform>اسم واحد مملوء</numerusform>
        <numerusform>اسمان مملوءان</numerusform>
        <numerusform>%Ln أسماء مملوءة</numerusform>
        <numerusform>%Ln اسمًا مملوءًا</numerusform>
        <numerusform>%Ln اسم مملوء</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="332" />
      <source>Saved %1 (%2).</source>
      <translation>تم حفظ %1 (%2).</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="334" />
      <source>the sign-in sheet</source>
      <translation>كشف الحضور</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="337" />
      <source>Save the certificates</source>
      <translation>حفظ الشهادات</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="337" />
      <source>Certificates</source>
      <translation>الشهادات</translation>
    </message>
    <message numerus="yes">
      <location filename="../../fieldapp/ui/reports_page.py" line="346" />
      <source>Saved %Ln certificate(s) to %1.</source>
      <translation>
        <numerusform>لم تُحفظ أي شهادة في %1.</numerusform>
        <numerusform>تم حفظ شهادة واحدة في %1.</numerusform>
        <numerusform>تم حفظ شهادتين في %1.</numerusform>
        <numerusform>تم حفظ %Ln شهادات في %1.</numerusform>
        <numerusform>تم حفظ %Ln شهادةً في %1.</numerusform>
        <numerusform>تم حفظ %Ln شهادة في %1.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="349" />
      <source>the certificates</source>
      <translation>الشهادات</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="358" />
      <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
      <translation>مصنف Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
      <location filename="../../fieldapp/ui/reports_page.py" line="366" />
      <source>Saved %Ln row(s) to %1.</source>
      <translation>
        <numerusform>لم يُحفظ أي صف في %1.</numerusform>
        <numerusform>تم حفظ صف واحد في %1.</numerusform>
        <numerusform>تم حفظ صفين في %1.</numerusform>
        <numerusform>تم حفظ %Ln صفوف في %1.</numerusform>
        <numerusform>تم حفظ %Ln صفًا في %1.</numerusform>
        <numerusform>تم حفظ %Ln صف في %1.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="369" />
      <source>the export</source>
      <translation>ملف التصدير</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="373" />
      <source>Import people</source>
      <translation>استيراد أشخاص</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="375" />
      <source>Spreadsheets (*.xlsx *.csv *.txt)</source>
      <translation>جداول البيانات (*.xlsx *.csv *.txt)</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="388" />
      <source>Reading %1…</source>
      <translation>جارٍ قراءة %1…</translation>
    </message>
    <message numerus="yes">
      <location filename="../../fieldapp/ui/reports_page.py" line="399" />
      <source>Added %Ln person(s)</source>
      <translation>
        <numerusform>لم يُضف أحد</numerusform>
        <numerusform>أُضيف شخص واحد</numerusform>
        <numerusform>أُضيف شخصان</numerusform>
        <numerusform>أُضيف %Ln أشخاص</numerusform>
        <numerusform>أُضيف %Ln شخصًا</numerusform>
        <numerusform>أُضيف %Ln شخص</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fieldapp/ui/reports_page.py" line="400" />
      <source>%Ln already in the registry</source>
      <translation>
        <numerusform>لا أحد كان في السجل من قبل</numerusform>
        <numerusform>شخص واحد كان في السجل من قبل</numerusform>
        <numerusform>شخصان كانا في السجل من قبل</numerusform>
        <numerusform>%Ln أشخاص كانوا في السجل من قبل</numerusform>
        <numerusform>%Ln شخصًا كانوا في السجل من قبل</numerusform>
        <numerusform>%Ln شخص كانوا في السجل من قبل</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fieldapp/ui/reports_page.py" line="401" />
      <source>%Ln row(s) left out</source>
      <translation>
        <numerusform>لم يُستبعد أي صف</numerusform>
        <numerusform>استُبعد صف واحد</numerusform>
        <numerusform>استُبعد صفان</numerusform>
        <numerusform>استُبعدت %Ln صفوف</numerusform>
        <numerusform>استُبعد %Ln صفًا</numerusform>
        <numerusform>استُبعد %Ln صف</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="403" />
      <source>%1; %2; %3.</source>
      <translation>%1؛ %2؛ %3.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="412" />
      <source>the people</source>
      <translation>الأشخاص</translation>
    </message>
  </context>
  <context>
    <name>RetentionOffer</name>
    <message>
      <location filename="../../fieldapp/ui/retention_offer.py" line="53" />
      <location filename="../../fieldapp/ui/retention_offer.py" line="121" />
      <source>Identities due for erasure</source>
      <translation>هويات حان موعد محوها</translation>
    </message>
    <message numerus="yes">
      <location filename="../../fieldapp/ui/retention_offer.py" line="56" />
      <source>%n people have had no event in {0} years.</source>
      <translation>
        <numerusform>%n شخص لم يحضر أي فعالية خلال السنوات الـ{0} الماضية.</numerusform>
        <numerusform>%n شخص لم يحضر أي فعالية خلال السنوات الـ{0} الماضية.</numerusform>
        <numerusform>%n شخصان لم يحضرا أي فعالية خلال السنوات الـ{0} الماضية.</numerusform>
        <numerusform>%n أشخاص لم يحضروا أي فعالية خلال السنوات الـ{0} الماضية.</numerusform>
        <numerusform>%n شخصًا لم يحضروا أي فعالية خلال السنوات الـ{0} الماضية.</numerusform>
        <numerusform>%n شخص لم يحضروا أي فعالية خلال السنوات الـ{0} الماضية.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/retention_offer.py" line="60" />
      <source>Their identities are due for erasure under the office's policy.</source>
      <translation>وقد حان موعد محو هوياتهم وفقاً لسياسة المكتب.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/retention_offer.py" line="64" />
      <source>1 person has had no event in {0} years.</source>
      <translation>شخص واحد لم يحضر أي فعالية خلال السنوات الـ{0} الماضية.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/retention_offer.py" line="66" />
      <source>Their identity is due for erasure under the office's policy.</source>
      <translation>وقد حان موعد محو هويته وفقاً لسياسة المكتب.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/retention_offer.py" line="72" />
      <source>People due for erasure</source>
      <translation>الأشخاص الذين حان موعد محو هوياتهم</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/retention_offer.py" line="74" />
      <source>Review…</source>
      <translation>مراجعة…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/retention_offer.py" line="77" />
      <source>Erase now</source>
      <translation>المحو الآن</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/retention_offer.py" line="80" />
      <source>Later</source>
      <translation>لاحقاً</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/retention_offer.py" line="105" />
      <source>last event {0}</source>
      <translation>آخر فعالية في {0}</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/retention_offer.py" line="107" />
      <source>no event</source>
      <translation>لا فعاليات</translation>
    </message>
    <message numerus="yes">
      <location filename="../../fieldapp/ui/retention_offer.py" line="124" />
      <source>Erase the identities of %n people? Their names, e-mails, phones, positions, birth years and notes are removed from this computer and, after the next sync, from HQ; their attendance stays as anonymous counts. This cannot be undone.</source>
      <translation>
        <numerusform>محو هويات %n أشخاص؟ تُحذف الأسماء وعناوين البريد الإلكتروني والهواتف والمناصب وسنوات الميلاد والملاحظات من هذا الحاسوب، ومن المقر بعد المزامنة التالية؛ ويبقى الحضور أعدادًا مجهولة الهوية. لا يمكن التراجع عن ذلك.</numerusform>
        <numerusform>محو هويات %n أشخاص؟ تُحذف الأسماء وعناوين البريد الإلكتروني والهواتف والمناصب وسنوات الميلاد والملاحظات من هذا الحاسوب، ومن المقر بعد المزامنة التالية؛ ويبقى الحضور أعدادًا مجهولة الهوية. لا يمكن التراجع عن ذلك.</numerusform>
        <numerusform>محو هويات %n أشخاص؟ تُحذف الأسماء وعناوين البريد الإلكتروني والهواتف والمناصب وسنوات الميلاد والملاحظات من هذا الحاسوب، ومن المقر بعد المزامنة التالية؛ ويبقى الحضور أعدادًا مجهولة الهوية. لا يمكن التراجع عن ذلك.</numerusform>
        <numerusform>محو هويات %n أشخاص؟ تُحذف الأسماء وعناوين البريد الإلكتروني والهواتف والمناصب وسنوات الميلاد والملاحظات من هذا الحاسوب، ومن المقر بعد المزامنة التالية؛ ويبقى الحضور أعدادًا مجهولة الهوية. لا يمكن التراجع عن ذلك.</numerusform>
        <numerusform>محو هويات %n أشخاص؟ تُحذف الأسماء وعناوين البريد الإلكتروني والهواتف والمناصب وسنوات الميلاد والملاحظات من هذا الحاسوب، ومن المقر بعد المزامنة التالية؛ ويبقى الحضور أعدادًا مجهولة الهوية. لا يمكن التراجع عن ذلك.</numerusform>
        <numerusform>محو هويات %n أشخاص؟ تُحذف الأسماء وعناوين البريد الإلكتروني والهواتف والمناصب وسنوات الميلاد والملاحظات من هذا الحاسوب، ومن المقر بعد المزامنة التالية؛ ويبقى الحضور أعدادًا مجهولة الهوية. لا يمكن التراجع عن ذلك.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/retention_offer.py" line="132" />
      <source>Erase</source>
      <translation>محو</translation>
    </message>
    <message numerus="yes">
      <location filename="../../fieldapp/ui/retention_offer.py" line="154" />
      <source>%n identities erased.</source>
      <translation>
        <numerusform>مُحيت %n هوية.</numerusform>
        <numerusform>مُحيت %n هوية.</numerusform>
        <numerusform>مُحيت %n هويتان.</numerusform>
        <numerusform>مُحيت %n هويات.</numerusform>
        <numerusform>مُحيت %n هويةً.</numerusform>
        <numerusform>مُحيت %n هوية.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/retention_offer.py" line="158" />
      <source>Close</source>
      <translation>إغلاق</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/retention_offer.py" line="174" />
      <source>Nothing was erased: {0}</source>
      <translation>لم يُمحَ أي شيء: {0}</translation>
    </message>
  </context>
  <context>
    <name>SamePersonBox</name>
    <message>
      <location filename="../../fieldapp/ui/same_person_box.py" line="41" />
      <source>Already in the registry?</source>
      <translation>موجود في السجل بالفعل؟</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/same_person_box.py" line="46" />
      <source>People who may be the same person</source>
      <translation>أشخاص قد يكونون الشخص نفسه</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/same_person_box.py" line="51" />
      <source>Open this person</source>
      <translation>فتح سجل هذا الشخص</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/same_person_box.py" line="54" />
      <source>Save as a new person</source>
      <translation>حفظ كشخص جديد</translation>
    </message>
  </context>
  <context>
    <name>SettingsPage</name>
    <message>
      <location filename="../../fieldapp/ui/other_pages.py" line="77" />
      <source>This computer</source>
      <translation>هذا الحاسوب</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/other_pages.py" line="80" />
      <location filename="../../fieldapp/ui/other_pages.py" line="97" />
      <source>Language</source>
      <translation>اللغة</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/other_pages.py" line="88" />
      <source> minutes</source>
      <translation> دقيقة</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/other_pages.py" line="90" />
      <location filename="../../fieldapp/ui/other_pages.py" line="98" />
      <source>Lock after idle</source>
      <translation>القفل بعد فترة خمول</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/other_pages.py" line="93" />
      <source>Save settings</source>
      <translation>حفظ الإعدادات</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/other_pages.py" line="109" />
      <source>Saved.</source>
      <translation>تم الحفظ.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/other_pages.py" line="116" />
      <source>HQ</source>
      <translation>المقر</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/other_pages.py" line="117" />
      <location filename="../../fieldapp/ui/other_pages.py" line="132" />
      <source>Not enrolled with HQ. Enroll on the Sync screen.</source>
      <translation>غير مسجَّل لدى المقر. سجِّل من شاشة «المزامنة».</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/other_pages.py" line="119" />
      <source>HQ address</source>
      <translation>عنوان المقر</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/other_pages.py" line="130" />
      <source>Enrolled with {0}. The Sync screen shows the link and syncs.</source>
      <translation>مسجَّل لدى {0}. تعرض شاشة «المزامنة» حالة الاتصال وتُجري المزامنة.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/other_pages.py" line="138" />
      <source>Passphrase and backups</source>
      <translation>عبارة المرور والنسخ الاحتياطية</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/other_pages.py" line="141" />
      <source>A backup is one encrypted file: it opens only with the passphrase (or the recovery key) valid when it was made. Keep one on a USB stick, away from this computer.</source>
      <translation>النسخة الاحتياطية ملف مشفَّر واحد: لا يُفتح إلا بعبارة المرور (أو مفتاح الاسترداد) التي كانت سارية وقت إعداده. احتفظ بنسخة على ذاكرة USB، بعيداً عن هذا الحاسوب.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/other_pages.py" line="150" />
      <source>Change passphrase…</source>
      <translation>تغيير عبارة المرور…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/other_pages.py" line="151" />
      <source>Back up now…</source>
      <translation>نسخ احتياطي الآن…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/other_pages.py" line="152" />
      <source>Verify a backup…</source>
      <translation>التحقق من نسخة احتياطية…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/other_pages.py" line="153" />
      <source>Restore from a backup…</source>
      <translation>الاستعادة من نسخة احتياطية…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/other_pages.py" line="181" />
      <source>Folder for the backup (a USB stick, say)</source>
      <translation>مجلد النسخة الاحتياطية (ذاكرة USB مثلاً)</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/other_pages.py" line="188" />
      <source>Backing up, then checking the copy…</source>
      <translation>جارٍ النسخ الاحتياطي ثم التحقق من النسخة…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/other_pages.py" line="204" />
      <source>The backup {0} was written but does not read back whole: {1}</source>
      <translation>كُتبت النسخة الاحتياطية {0} لكن تعذّرت قراءتها كاملة: {1}</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/other_pages.py" line="209" />
      <source>Backup written and verified: {0}</source>
      <translation>كُتبت النسخة الاحتياطية وتم التحقق منها: {0}</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/other_pages.py" line="213" />
      <source>No backup was made: {0}</source>
      <translation>لم تُنشأ أي نسخة احتياطية: {0}</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/other_pages.py" line="224" />
      <source>Backup to restore</source>
      <translation>نسخة للاستعادة</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/other_pages.py" line="224" />
      <source>Backup to verify</source>
      <translation>نسخة للتحقق منها</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/other_pages.py" line="226" />
      <source>Backups (*{0})</source>
      <translation>نسخ احتياطية (*{0})</translation>
    </message>
  </context>
  <context>
    <name>SignatoryFields</name>
    <message>
      <location filename="../../fieldapp/ui/signatory_fields.py" line="20" />
      <source>Name, e.g. Dr Leila Haddad</source>
      <translation>الاسم، مثال: د. ليلى حداد</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/signatory_fields.py" line="21" />
      <source>Certificates signed by: name</source>
      <translation>الشهادات موقَّعة من: الاسم</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/signatory_fields.py" line="25" />
      <source>Title, e.g. Head of Programme Office</source>
      <translation>المنصب، مثال: رئيس مكتب البرنامج</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/signatory_fields.py" line="26" />
      <source>Certificates signed by: title</source>
      <translation>الشهادات موقَّعة من: المنصب</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/signatory_fields.py" line="27" />
      <source>Certificates signed by</source>
      <translation>الشهادات موقَّعة من</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/signatory_fields.py" line="30" />
      <source>Left blank, the line under the signature is left to write by hand.</source>
      <translation>إذا تُرك فارغاً، يُترك السطر الموجود تحت التوقيع ليُكتب باليد.</translation>
    </message>
  </context>
  <context>
    <name>SubjectAccess</name>
    <message>
      <location filename="../../fieldapp/ui/subject_access.py" line="25" />
      <source>Save the subject access report</source>
      <translation>حفظ تقرير اطلاع صاحب البيانات</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/subject_access.py" line="27" />
      <source>PDF files (*.pdf)</source>
      <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/subject_access.py" line="33" />
      <source>Saved {0}.</source>
      <translation>حُفظ {0}.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/subject_access.py" line="37" />
      <source>Not saved: {0}</source>
      <translation>لم يُحفظ: {0}</translation>
    </message>
  </context>
  <context>
    <name>SyncPage</name>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="61" />
      <source>Enroll this laptop with HQ</source>
      <translation>تسجيل هذا الحاسوب المحمول لدى المقر</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="64" />
      <source>HQ gives each office a single-use enrollment token. Enter HQ's address and the token; this laptop then sends its records to HQ, sealed so that only HQ can read them.</source>
      <translation>يمنح المقر كل مكتب رمز تسجيل صالحاً للاستخدام مرة واحدة. أدخل عنوان المقر والرمز؛ وسيرسل هذا الحاسوب بعد ذلك بياناته إلى المقر مختومةً بحيث لا يستطيع قراءتها سوى المقر.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="72" />
      <location filename="../../fieldapp/ui/sync_page.py" line="94" />
      <source>HQ address</source>
      <translation>عنوان المقر</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="75" />
      <source>e.g. K7QX…</source>
      <translation>مثال: K7QX…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="76" />
      <location filename="../../fieldapp/ui/sync_page.py" line="95" />
      <source>Enrollment token</source>
      <translation>رمز التسجيل</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="80" />
      <source>Only if HQ uses its own certificate authority</source>
      <translation>فقط إذا كان المقر يستخدم سلطة تصديق خاصة به</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="81" />
      <location filename="../../fieldapp/ui/sync_page.py" line="96" />
      <location filename="../../fieldapp/ui/sync_page.py" line="250" />
      <source>HQ's certificate authority</source>
      <translation>سلطة التصديق الخاصة بالمقر</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="82" />
      <source>Choose…</source>
      <translation>اختر…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="87" />
      <source>Enroll</source>
      <translation>تسجيل</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="101" />
      <source>HQ</source>
      <translation>المقر</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="107" />
      <source>Sync now</source>
      <translation>مزامنة الآن</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="110" />
      <source>Copy to a folder (USB)…</source>
      <translation>نسخ إلى مجلد (USB)…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="113" />
      <source>Without a link: copy the sealed batches to a USB stick for HQ, and bring back HQ's answers found on it.</source>
      <translation>بدون اتصال: انسخ الدفعات المختومة إلى ذاكرة USB لتسليمها إلى المقر، واسترجع ردود المقر الموجودة عليها.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="123" />
      <source>Address</source>
      <translation>العنوان</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="124" />
      <source>Last contact</source>
      <translation>آخر اتصال</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="125" />
      <source>Waiting</source>
      <translation>في الانتظار</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="130" />
      <source>Quarantine: records HQ refused</source>
      <translation>الحجر: بيانات رفضها المقر</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="132" />
      <source>Nothing in quarantine: HQ took every record it has answered for.</source>
      <translation>لا شيء في الحجر: قَبِل المقر كل البيانات التي ردّ عليها.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="136" />
      <source>Record</source>
      <translation>العنصر</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="136" />
      <source>Kind</source>
      <translation>النوع</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="136" />
      <source>HQ's reason</source>
      <translation>سبب رفض المقر</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="138" />
      <source>Records HQ refused</source>
      <translation>بيانات رفضها المقر</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="148" />
      <source>Open to fix</source>
      <translation>فتح للتصحيح</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="152" />
      <source>Fix the record and save it: the new version travels to HQ with the next sync, and leaves the quarantine once HQ accepts it. Nothing else waits for it.</source>
      <translation>صحِّح العنصر واحفظه: تنتقل النسخة الجديدة إلى المقر مع المزامنة التالية، وتخرج من الحجر بمجرد أن يقبلها المقر. ولا يتوقف عليها أي شيء آخر.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="176" />
      <source>Syncing…</source>
      <translation>جارٍ المزامنة…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="178" />
      <source>Never reached yet.</source>
      <translation>لم يتم الاتصال بعد.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="180" />
      <source>HQ answered on {0}.</source>
      <translation>ردّ المقر في {0}.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="183" />
      <source>Last try {0}: {1}</source>
      <translation>آخر محاولة في {0}: {1}</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="195" />
      <source>Changes not yet confirmed by HQ: {0}. Sealed batches to deliver: {1}.</source>
      <translation>تغييرات لم يؤكدها المقر بعد: {0}. دفعات مختومة بانتظار التسليم: {1}.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="198" />
      <source>Refused by HQ on {0}; its records will be sent again.</source>
      <translation>رفضها المقر في {0}؛ وستُرسل بياناتها من جديد.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="231" />
      <source>HQ address: write it in full, starting with https://</source>
      <translation>عنوان المقر: اكتبه كاملاً، بدءاً بـ https://</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="235" />
      <source>Enrollment token: ask HQ for one.</source>
      <translation>رمز التسجيل: اطلبه من المقر.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="238" />
      <source>Contacting HQ…</source>
      <translation>جارٍ الاتصال بالمقر…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="252" />
      <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
      <translation>الشهادات (*.pem *.crt *.cer);;جميع الملفات (*)</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="266" />
      <source>Folder on the USB stick</source>
      <translation>مجلد على ذاكرة USB</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="275" />
      <source>{0} answers from HQ brought back; {1} sealed batches copied to {2}.</source>
      <translation>استُرجع من ردود المقر: {0}؛ ونُسخ من الدفعات المختومة إلى {2}: {1}.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="279" />
      <source>HQ refused {0} batches; their records will be sealed again.</source>
      <translation>رفض المقر دفعات عددها {0}؛ وستُختم بياناتها من جديد.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="282" />
      <source>Left on the stick:</source>
      <translation>المتروك على الذاكرة:</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="283" />
      <source>Copied</source>
      <translation>تم النسخ</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="286" />
      <source>Not copied</source>
      <translation>لم يتم النسخ</translation>
    </message>
  </context>
  <context>
    <name>UnlockView</name>
    <message>
      <location filename="../../fieldapp/ui/unlock_view.py" line="42" />
      <source>The store is locked</source>
      <translation>قاعدة البيانات مقفلة</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/unlock_view.py" line="46" />
      <location filename="../../fieldapp/ui/unlock_view.py" line="47" />
      <source>Passphrase</source>
      <translation>عبارة المرور</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/unlock_view.py" line="49" />
      <source>Unlock</source>
      <translation>فتح القفل</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/unlock_view.py" line="55" />
      <source>Unlock message</source>
      <translation>رسالة فتح القفل</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/unlock_view.py" line="56" />
      <source>Forgot the passphrase? Use the recovery key</source>
      <translation>هل نسيت عبارة المرور؟ استخدم مفتاح الاسترداد</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/unlock_view.py" line="66" />
      <source>Enter the passphrase to open the office's records.</source>
      <translation>أدخل عبارة المرور لفتح بيانات المكتب.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/unlock_view.py" line="97" />
      <source>Opening…</source>
      <translation>جارٍ الفتح…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/unlock_view.py" line="120" />
      <source>That passphrase is not correct.</source>
      <translation>عبارة المرور هذه غير صحيحة.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/unlock_view.py" line="121" />
      <source>Caps Lock seems to be on: it was typed all in capitals.</source>
      <translation>يبدو أن مفتاح الأحرف الكبيرة (Caps Lock) مفعَّل: كُتبت العبارة كلها بأحرف كبيرة.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/unlock_view.py" line="123" />
      <source>Capitals count; check the keyboard's language too.</source>
      <translation>يُفرَّق بين الأحرف الكبيرة والصغيرة؛ تحقق أيضاً من لغة لوحة المفاتيح.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/unlock_view.py" line="124" />
      <source>You can try again in {0} s.</source>
      <translation>يمكنك المحاولة مجدداً بعد {0} ث.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/unlock_view.py" line="124" />
      <source>Try again.</source>
      <translation>حاول مجدداً.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/unlock_view.py" line="125" />
      <source>Forgotten? Use the recovery key below.</source>
      <translation>هل نسيتها؟ استخدم مفتاح الاسترداد أدناه.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/unlock_view.py" line="130" />
      <source>The store could not be opened: {0}</source>
      <translation>تعذّر فتح قاعدة البيانات: {0}</translation>
    </message>
  </context>
  <context>
    <name>Validation</name>
    <message>
      <source>is required.</source>
      <translation>إلزامي.</translation>
    </message>
    <message>
      <source>“{value}” is not a known event type.</source>
      <translation>«{value}» ليس نوع فعالية معروفاً.</translation>
    </message>
    <message>
      <source>“{value}” is not a known modality.</source>
      <translation>«{value}» ليست صيغة معروفة.</translation>
    </message>
    <message>
      <source>“{value}” is not a known status.</source>
      <translation>«{value}» ليست حالة معروفة.</translation>
    </message>
    <message>
      <source>“{value}” is not a country code (ISO 3166 alpha-3).</source>
      <translation>«{value}» ليس رمز بلد (ISO 3166 alpha-3).</translation>
    </message>
    <message>
      <source>“{value}” is not a known Compact working group.</source>
      <translation>«{value}» ليس فريقاً عاملاً معروفاً تابعاً للاتفاق العالمي لتنسيق مكافحة الإرهاب.</translation>
    </message>
    <message>
      <source>“{value}” is not a results-framework outcome.</source>
      <translation>«{value}» ليست نتيجة من نتائج إطار النتائج.</translation>
    </message>
    <message>
      <source>“{value}” is not a GCTS pillar.</source>
      <translation>«{value}» ليست ركيزة من ركائز استراتيجية الأمم المتحدة العالمية لمكافحة الإرهاب.</translation>
    </message>
    <message>
      <source>“{value}” is not a known value (female, male, other, not recorded).</source>
      <translation>«{value}» ليست قيمة معروفة (أنثى، ذكر، آخر، غير مسجَّل).</translation>
    </message>
    <message>
      <source>“{value}” is not a known age band.</source>
      <translation>«{value}» ليست فئة عمرية معروفة.</translation>
    </message>
    <message>
      <source>“{value}” is not a known organization type.</source>
      <translation>«{value}» ليس نوع جهة معروفاً.</translation>
    </message>
    <message>
      <source>“{value}” is not a known role.</source>
      <translation>«{value}» ليس دوراً معروفاً.</translation>
    </message>
    <message>
      <source>cannot be below zero.</source>
      <translation>لا يمكن أن يكون أقل من صفر.</translation>
    </message>
    <message>
      <source>is too long (at most {max_length} characters).</source>
      <translation>طويل جداً (الحد الأقصى {max_length} من الأحرف).</translation>
    </message>
    <message>
      <source>must be between 0 and 100 (got {value:g}).</source>
      <translation>يجب أن يكون بين 0 و100 (القيمة المُدخلة {value:g}).</translation>
    </message>
    <message>
      <source>must be from 1 to 5 (got {value}).</source>
      <translation>يجب أن يكون من 1 إلى 5 (القيمة المُدخلة {value}).</translation>
    </message>
    <message>
      <source>is {value:g}, but the event lasts {length} day(s).</source>
      <translation>القيمة {value:g}، لكن مدة الفعالية بالأيام {length}.</translation>
    </message>
    <message>
      <source>must be one tick (1) or no tick (0) per day of the event.</source>
      <translation>يجب أن يتضمن علامة واحدة (1) أو لا علامة (0) لكل يوم من أيام الفعالية.</translation>
    </message>
    <message>
      <source>has {n} day(s), but the event lasts {length} day(s).</source>
      <translation>عدد الأيام فيه {n}، لكن مدة الفعالية بالأيام {length}.</translation>
    </message>
    <message>
      <source>is {value}, but {ticked:g} day(s) are ticked.</source>
      <translation>القيمة {value}، لكن عدد الأيام المؤشَّر عليها {ticked:g}.</translation>
    </message>
    <message>
      <source>{value} is not plausible for a trainee.</source>
      <translation>{value} قيمة غير معقولة لمتدرب.</translation>
    </message>
    <message>
      <source>“{value}” is not an e-mail address.</source>
      <translation>«{value}» ليس عنوان بريد إلكتروني.</translation>
    </message>
    <message>
      <source>“{value}” is not a phone number.</source>
      <translation>«{value}» ليس رقم هاتف.</translation>
    </message>
    <message>
      <source>is required when consent was given.</source>
      <translation>إلزامي عند إعطاء الموافقة.</translation>
    </message>
    <message>
      <source>cannot be in the future.</source>
      <translation>لا يمكن أن يكون في المستقبل.</translation>
    </message>
    <message>
      <source>this person is already registered at this event.</source>
      <translation>هذا الشخص مسجَّل بالفعل في هذه الفعالية.</translation>
    </message>
    <message>
      <source>{sex}, {band}: a head count cannot be below zero ({value}).</source>
      <translation>{sex}، {band}: لا يمكن أن يكون العدد أقل من صفر ({value}).</translation>
    </message>
    <message>
      <source>{sex}, {band}: {value} is more people than one event holds (at most {most}).</source>
      <translation>{sex}، {band}: العدد {value} يتجاوز ما يمكن أن تستوعبه فعالية واحدة (الحد الأقصى {most}).</translation>
    </message>
    <message>
      <source>is more people than one event holds (at most {most}).</source>
      <translation>عدد يتجاوز ما يمكن أن تستوعبه فعالية واحدة (الحد الأقصى {most}).</translation>
    </message>
    <message>
      <source>must be a number of days from 0 to {most} (got {value}).</source>
      <translation>يجب أن يكون عدد أيام من 0 إلى {most} (القيمة المُدخلة {value}).</translation>
    </message>
    <message>
      <source>{sex}, {band} is counted {n} times; give it once.</source>
      <translation>{sex}، {band}: مكرر (عدد المرات {n})؛ أدخله مرة واحدة.</translation>
    </message>
    <message>
      <source>says {stated} people, but the head counts add up to {total}.</source>
      <translation>العدد المذكور {stated}، لكن مجموع الأعداد المدخلة {total}.</translation>
    </message>
    <message>
      <source>must be at least {n} characters long.</source>
      <translation>يجب ألا يقل طوله عن {n} من الأحرف.</translation>
    </message>
    <message>
      <source>is too easy to guess (about {guesses:,} guesses; strong means over 100,000,000). Use four or more unrelated words, e.g. “orbit copper meadow lantern” (but not this one), and not the office's name.</source>
      <translation>سهلة التخمين جداً (نحو {guesses:,} محاولة تخمين؛ وتُعد العبارة قوية إذا تجاوزت 100,000,000). استخدم أربع كلمات أو أكثر لا رابط بينها، مثل «مدار نحاس مرج فانوس» (ولكن ليس هذه العبارة)، ولا تستخدم اسم المكتب.</translation>
    </message>
    <message>
      <source>this event does not exist or was deleted.</source>
      <translation>هذه الفعالية غير موجودة أو حُذفت.</translation>
    </message>
    <message>
      <source>this person is not in the registry.</source>
      <translation>هذا الشخص غير موجود في السجل.</translation>
    </message>
    <message>
      <source>is not a date (use YYYY-MM-DD).</source>
      <translation>ليس تاريخاً (استخدم الصيغة YYYY-MM-DD).</translation>
    </message>
    <message>
      <source>is not a whole number.</source>
      <translation>ليس عدداً صحيحاً.</translation>
    </message>
    <message>
      <source>is not a number.</source>
      <translation>ليس رقماً.</translation>
    </message>
    <message>
      <source>is not yes or no.</source>
      <translation>ليس «نعم» أو «لا».</translation>
    </message>
    <message>
      <source>must be at least {ge}.</source>
      <translation>يجب ألا يقل عن {ge}.</translation>
    </message>
    <message>
      <source>“{value}” is not a known country.</source>
      <translation>«{value}» ليس بلدًا معروفًا.</translation>
    </message>
    <message>
      <source>is before the start date ({start}).</source>
      <translation>يسبق تاريخ البدء ({start}).</translation>
    </message>
    <message>
      <source>cannot be “held”: the event starts on {start}, in the future.</source>
      <translation>لا يمكن أن تكون «منعقدة»: تبدأ الفعالية في {start}، أي في المستقبل.</translation>
    </message>
    <message>
      <source>“{value}” is not a legal basis (consent, public interest, legitimate interest, vital interest, legal obligation).</source>
      <translation>«{value}» ليس أساساً قانونياً (الموافقة، المصلحة العامة، المصلحة المشروعة، المصلحة الحيوية، الالتزام القانوني).</translation>
    </message>
    <message>
      <source>is required with a legal basis: the date it applies from.</source>
      <translation>إلزامي عند تحديد أساس قانوني: التاريخ الذي يسري منه.</translation>
    </message>
    <message>
      <source>is given, but no legal basis is chosen.</source>
      <translation>مُدخل، لكن لم يُختر أي أساس قانوني.</translation>
    </message>
    <message>
      <source>is consent, but no consent was given: record when the person consented first.</source>
      <translation>هو الموافقة، لكن لم تُعطَ أي موافقة: سجّل أولاً تاريخ موافقة الشخص.</translation>
    </message>
    <message>
      <source>cannot be withdrawn on {on}: no consent was given on or before it.</source>
      <translation>لا يمكن سحبها في {on}: لم تُعطَ أي موافقة في هذا التاريخ أو قبله.</translation>
    </message>
    <message>
      <source>this person's identity was erased: nothing more is recorded about them.</source>
      <translation>مُحيت هوية هذا الشخص: لم يعد يُسجَّل عنه أي شيء.</translation>
    </message>
  </context>
  <context>
    <name>parent</name>
    <message>
      <location filename="../../fieldapp/ui/crash.py" line="35" />
      <source>Something went wrong</source>
      <translation>حدث خطأ ما</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/crash.py" line="38" />
      <source>The app met an error it did not expect. What was saved is safe; what you were typing may need to be saved again. Please report this to the help desk.</source>
      <translation>واجه التطبيق خطأً غير متوقع. ما تم حفظه في أمان؛ أما ما كنت تكتبه فقد يلزم حفظه مرة أخرى. يُرجى إبلاغ مكتب المساعدة بذلك.</translation>
    </message>
  </context>
  <context>
    <name>window</name>
    <message>
      <location filename="../../fieldapp/ui/app.py" line="99" />
      <source>Field Office Data Collection</source>
      <translation>جمع بيانات المكاتب الميدانية</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/app.py" line="101" />
      <source>The store's key vault (vault.json) is missing from {0}, so the records cannot be opened. Nothing was changed. Put it back from any backup of this store with:

fieldapp backup restore-vault BACKUP-FILE

then open the store with the passphrase that was valid when that backup was made.</source>
      <translation>خزنة مفاتيح قاعدة البيانات (vault.json) مفقودة من {0}، ولذا يتعذّر فتح البيانات. لم يتغير شيء. أعِدها من أي نسخة احتياطية لقاعدة البيانات هذه باستخدام الأمر التالي (مع وضع مسار ملف النسخة الاحتياطية مكان BACKUP-FILE):

fieldapp backup restore-vault BACKUP-FILE

ثم افتح قاعدة البيانات بعبارة المرور التي كانت سارية وقت إعداد تلك النسخة الاحتياطية.</translation>
    </message>
  </context>
</TS>
<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru">
  <context>
    <name>AttendanceModel</name>
    <message>
      <location filename="../../fieldapp/ui/attendance_model.py" line="139" />
      <source>Day {0}</source>
      <translation>День {0}</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/attendance_model.py" line="141" />
      <source>{0} ({1})</source>
      <translation>{0} ({1})</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/attendance_model.py" line="150" />
      <source>A score from {0} to {1}; empty: not taken</source>
      <translation>Балл от {0} до {1}; пусто: тест не проводился</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/attendance_model.py" line="152" />
      <source>From {0} (poor) to {1} (excellent); empty: not asked</source>
      <translation>От {0} (плохо) до {1} (отлично); пусто: не опрашивался</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/attendance_model.py" line="156" />
      <source>The days ticked</source>
      <translation>Отмеченные дни</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/attendance_model.py" line="184" />
      <source>{0} (new: added to the registry when the event is saved)</source>
      <translation>{0} (новый: будет внесен в реестр при сохранении мероприятия)</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/attendance_model.py" line="196" />
      <source>(identity erased)</source>
      <translation>(личные данные обезличены)</translation>
    </message>
  </context>
  <context>
    <name>AttendanceTab</name>
    <message>
      <location filename="../../fieldapp/ui/attendance_tab.py" line="78" />
      <source>Find a person in the registry (name, organization, e-mail)…</source>
      <translation>Найти лицо в реестре (имя, организация, эл. почта)…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/attendance_tab.py" line="80" />
      <source>Find a person</source>
      <translation>Найти лицо</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/attendance_tab.py" line="83" />
      <source>People found</source>
      <translation>Найденные лица</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/attendance_tab.py" line="86" />
      <source>Add to event</source>
      <translation>Добавить в список</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/attendance_tab.py" line="102" />
      <source>Already in the registry?</source>
      <translation>Уже в реестре?</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/attendance_tab.py" line="106" />
      <source>People who may be the same person</source>
      <translation>Возможно, это одно и то же лицо</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/attendance_tab.py" line="107" />
      <source>Use this person</source>
      <translation>Выбрать это лицо</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/attendance_tab.py" line="111" />
      <source>Add as a new person</source>
      <translation>Добавить как новое лицо</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/attendance_tab.py" line="139" />
      <source>People at this event</source>
      <translation>Участники мероприятия</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/attendance_tab.py" line="147" />
      <source>Remove</source>
      <translation>Исключить</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/attendance_tab.py" line="149" />
      <source>Take the selected people off this event</source>
      <translation>Исключить выбранных лиц из мероприятия</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/attendance_tab.py" line="151" />
      <source>Paste names</source>
      <translation>Вставить имена</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/attendance_tab.py" line="155" />
      <source>Add a column of names copied from a spreadsheet (organization in a 2nd column)</source>
      <translation>Добавить столбец имен, скопированный из электронной таблицы (организация — во 2-м столбце)</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/attendance_tab.py" line="227" />
      <source>The event now lasts {0} day(s): the ticks of later days were taken off for {1} people (back if you lengthen it again before saving).</source>
      <translation>Теперь мероприятие длится {0} дн.: отметки за последующие дни сняты у {1} чел. (они вернутся, если до сохранения снова увеличить продолжительность).</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/attendance_tab.py" line="232" />
      <source>New days are unticked: tick who came.</source>
      <translation>Новые дни не отмечены: отметьте присутствовавших.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/attendance_tab.py" line="278" />
      <source>{0} is already registered at this event.</source>
      <translation>{0} уже значится среди участников этого мероприятия.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/attendance_tab.py" line="314" />
      <source>{0} is already on this event's list.</source>
      <translation>{0} уже значится в списке этого мероприятия.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/attendance_tab.py" line="325" />
      <source>Already in the registry? {0} people of this name</source>
      <translation>Уже в реестре? Лиц с таким именем: {0}</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/attendance_tab.py" line="337" />
      <source>The registry could not be searched: {0}</source>
      <translation>Не удалось выполнить поиск в реестре: {0}</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/attendance_tab.py" line="369" />
      <source>Nothing to paste: copy a column of names first.</source>
      <translation>Нечего вставлять: сначала скопируйте столбец с именами.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/attendance_tab.py" line="408" />
      <source>{0} people added from the pasted names.</source>
      <translation>Добавлено лиц из вставленных имен: {0}.</translation>
    </message>
  </context>
  <context>
    <name>BackupDialog</name>
    <message>
      <location filename="../../fieldapp/ui/backup_dialog.py" line="55" />
      <source>Restore from a backup</source>
      <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/backup_dialog.py" line="55" />
      <source>Verify a backup</source>
      <translation>Проверка резервной копии</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/backup_dialog.py" line="57" />
      <source>Reading {0}…</source>
      <translation>Чтение {0}…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/backup_dialog.py" line="60" />
      <location filename="../../fieldapp/ui/backup_dialog.py" line="80" />
      <source>Passphrase of the backup</source>
      <translation>Парольная фраза резервной копии</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/backup_dialog.py" line="61" />
      <source>I have the backup's recovery key instead</source>
      <translation>У меня есть ключ восстановления этой резервной копии</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/backup_dialog.py" line="69" />
      <source>Replace the store with this backup</source>
      <translation>Заменить базу данных этой резервной копией</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/backup_dialog.py" line="69" />
      <source>Verify</source>
      <translation>Проверить</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/backup_dialog.py" line="86" />
      <source>Reading the backup…</source>
      <translation>Чтение резервной копии…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/backup_dialog.py" line="107" />
      <source>Replace this store with the backup “{0}”, made {1}?

Everything in the store is replaced: what was recorded after {1} is no longer in it, changes not yet sent to HQ included. The store as it is now is kept aside, whole, in a “replaced-…” folder inside {2}. Afterwards the store opens with the passphrase that was valid when the backup was made.</source>
      <translation>Заменить эту базу данных резервной копией «{0}», созданной {1}?

Все содержимое базы данных будет заменено: данные, внесенные после {1}, в ней больше не будет, включая изменения, еще не отправленные в штаб-квартиру. Текущая база данных будет целиком сохранена отдельно в папке «replaced-…» в {2}. После этого база данных будет открываться парольной фразой, действовавшей на момент создания резервной копии.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/backup_dialog.py" line="116" />
      <source>“{0}”, made {1}. Type its passphrase to check it whole.</source>
      <translation>«{0}», создана {1}. Введите ее парольную фразу, чтобы проверить копию целиком.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/backup_dialog.py" line="132" />
      <source>Checking the backup, then replacing the store…</source>
      <translation>Проверка резервной копии и замена базы данных…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/backup_dialog.py" line="135" />
      <source>Checking the whole backup…</source>
      <translation>Полная проверка резервной копии…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/backup_dialog.py" line="157" />
      <source>“{0}” is sound: made {1}, schema version {2}.</source>
      <translation>Копия «{0}» в порядке: создана {1}, версия схемы {2}.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/backup_dialog.py" line="166" />
      <source>Restored “{0}”. The store is open again.</source>
      <translation>Копия «{0}» восстановлена. База данных снова открыта.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/backup_dialog.py" line="168" />
      <source>The store it replaced is kept in {0}.</source>
      <translation>Замененная база данных сохранена в {0}.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/backup_dialog.py" line="170" />
      <source>Close</source>
      <translation>Закрыть</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/backup_dialog.py" line="174" />
      <source>That is not the recovery key of this backup.</source>
      <translation>Это не ключ восстановления данной резервной копии.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/backup_dialog.py" line="177" />
      <source>That is not the passphrase of this backup (the one valid when it was made).</source>
      <translation>Это не парольная фраза данной резервной копии (действовавшая на момент ее создания).</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/backup_dialog.py" line="180" />
      <source>Nothing was changed.</source>
      <translation>Ничего не изменено.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/backup_dialog.py" line="191" />
      <source>Not restored: {0} The store was closed but not replaced: unlock it as usual.</source>
      <translation>Не восстановлено: {0} База данных закрыта, но не заменена: разблокируйте ее как обычно.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/backup_dialog.py" line="195" />
      <source>Nothing was changed: {0}</source>
      <translation>Ничего не изменено: {0}</translation>
    </message>
  </context>
  <context>
    <name>BarChart</name>
    <message>
      <location filename="../../fieldapp/ui/charts.py" line="69" />
      <source>No data for this period</source>
      <translation>Нет данных за этот период</translation>
    </message>
  </context>
  <context>
    <name>ConsentDateDialog</name>
    <message>
      <location filename="../../fieldapp/ui/consent_panel.py" line="37" />
      <source>Consent given</source>
      <translation>Согласие дано</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/consent_panel.py" line="37" />
      <source>Consent withdrawn</source>
      <translation>Согласие отозвано</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/consent_panel.py" line="40" />
      <source>Date</source>
      <translation>Дата</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/consent_panel.py" line="42" />
      <source>On which day did the person give their consent?</source>
      <translation>В какой день лицо дало согласие?</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/consent_panel.py" line="44" />
      <source>On which day did the person withdraw their consent?</source>
      <translation>В какой день лицо отозвало согласие?</translation>
    </message>
  </context>
  <context>
    <name>ConsentPanel</name>
    <message>
      <location filename="../../fieldapp/ui/consent_panel.py" line="78" />
      <source>Consent given…</source>
      <translation>Согласие дано…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/consent_panel.py" line="80" />
      <source>Consent withdrawn…</source>
      <translation>Согласие отозвано…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/consent_panel.py" line="86" />
      <source>Consent history</source>
      <translation>История согласия</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/consent_panel.py" line="99" />
      <source>Subject access report…</source>
      <translation>Отчёт для субъекта данных…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/consent_panel.py" line="102" />
      <source>A PDF of everything held on this person, for them to read</source>
      <translation>PDF со всеми сведениями об этом лице — для ознакомления им самим</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/consent_panel.py" line="131" />
      <source>given</source>
      <translation>дано</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/consent_panel.py" line="131" />
      <source>withdrawn</source>
      <translation>отозвано</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/consent_panel.py" line="135" />
      <source>No consent recorded.</source>
      <translation>Сведений о согласии нет.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/consent_panel.py" line="139" />
      <source>Consent given on {0}</source>
      <translation>Согласие дано {0}</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/consent_panel.py" line="141" />
      <source>Consent withdrawn on {0}</source>
      <translation>Согласие отозвано {0}</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/consent_panel.py" line="143" />
      <source>Consent: none recorded</source>
      <translation>Согласие: сведений нет</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/consent_panel.py" line="145" />
      <source>(recorded when the person is saved)</source>
      <translation>(будет внесено при сохранении лица)</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/consent_panel.py" line="148" />
      <source>The legal basis is consent, and it was withdrawn: choose another basis, or erase the person.</source>
      <translation>Правовое основание — согласие, и оно отозвано: выберите другое основание или обезличьте данные лица.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/consent_panel.py" line="161" />
      <source>Last recorded by {0}, {1}</source>
      <translation>Последнее изменение: {0}, {1}</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/consent_panel.py" line="166" />
      <source>Person ID: {0}</source>
      <translation>Идентификатор лица: {0}</translation>
    </message>
  </context>
  <context>
    <name>CountryCombo</name>
    <message>
      <location filename="../../fieldapp/ui/country_combo.py" line="115" />
      <source>“{0}” is no country in the list.</source>
      <translation>«{0}» отсутствует в списке стран.</translation>
    </message>
  </context>
  <context>
    <name>Dashboard</name>
    <message>
      <location filename="../../fieldapp/ui/dashboard.py" line="45" />
      <source>{0} ({1} named + {2} counted)</source>
      <translation>{0} ({1} поименно + {2} по подсчету)</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/dashboard.py" line="113" />
      <source>Period</source>
      <translation>Период</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/dashboard.py" line="121" />
      <source>individuals trained</source>
      <translation>обученные лица</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/dashboard.py" line="122" />
      <source>workshops organized</source>
      <translation>проведенные семинары</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/dashboard.py" line="123" />
      <source>women</source>
      <translation>женщины</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/dashboard.py" line="124" />
      <source>countries reached</source>
      <translation>охваченные страны</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/dashboard.py" line="125" />
      <source>person-days of training</source>
      <translation>человеко-дни обучения</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/dashboard.py" line="126" />
      <source>improved their test score</source>
      <translation>улучшили результат теста</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/dashboard.py" line="133" />
      <source>Individuals trained by sex and age band</source>
      <translation>Обученные лица по полу и возрастной группе</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/dashboard.py" line="134" />
      <location filename="../../fieldapp/ui/dashboard.py" line="268" />
      <source>Events held by month</source>
      <translation>Мероприятия по месяцам</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/dashboard.py" line="135" />
      <source>Events per beneficiary country</source>
      <translation>Мероприятия по странам-бенефициарам</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/dashboard.py" line="136" />
      <source>Participants by nationality (each person once)</source>
      <translation>Участники по гражданству (каждое лицо учитывается один раз)</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/dashboard.py" line="171" />
      <source>Computing…</source>
      <translation>Расчет…</translation>
    </message>
    <message numerus="yes">
      <location filename="../../fieldapp/ui/dashboard.py" line="188" />
      <source>%Ln planned event(s) not counted yet: figures count held events only (mark each held once it has taken place).</source>
      <translation>
        <numerusform>%Ln запланированное мероприятие ещё не учтено: в показателях учитываются только проведённые мероприятия (отметьте его проведённым, когда оно состоится).</numerusform>
        <numerusform>%Ln запланированных мероприятия ещё не учтены: в показателях учитываются только проведённые мероприятия (отметьте каждое проведённым, когда оно состоится).</numerusform>
        <numerusform>%Ln запланированных мероприятий ещё не учтены: в показателях учитываются только проведённые мероприятия (отметьте каждое проведённым, когда оно состоится).</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/dashboard.py" line="201" />
      <source>participations: {0}</source>
      <translation>случаев участия: {0}</translation>
    </message>
    <message numerus="yes">
      <location filename="../../fieldapp/ui/dashboard.py" line="202" />
      <source>individual(s) trained</source>
      <translation>
        <numerusform>обученное лицо</numerusform>
        <numerusform>обученных лица</numerusform>
        <numerusform>обученных лиц</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fieldapp/ui/dashboard.py" line="206" />
      <source>%Ln event(s) held</source>
      <translation>
        <numerusform>%Ln мероприятие проведено</numerusform>
        <numerusform>%Ln мероприятия проведено</numerusform>
        <numerusform>%Ln мероприятий проведено</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fieldapp/ui/dashboard.py" line="207" />
      <source>workshop(s) organized</source>
      <translation>
        <numerusform>проведённый семинар</numerusform>
        <numerusform>проведённых семинара</numerusform>
        <numerusform>проведённых семинаров</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/dashboard.py" line="212" />
      <source>of {0} whose sex is recorded</source>
      <translation>из {0} с указанным полом</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/dashboard.py" line="214" />
      <source>not recorded: {0}</source>
      <translation>не указан: {0}</translation>
    </message>
    <message numerus="yes">
      <location filename="../../fieldapp/ui/dashboard.py" line="222" />
      <source>country(ies) reached</source>
      <translation>
        <numerusform>охваченная страна</numerusform>
        <numerusform>охваченные страны</numerusform>
        <numerusform>охваченных стран</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fieldapp/ui/dashboard.py" line="227" />
      <source>person-day(s) of training</source>
      <translation>
        <numerusform>человеко-день обучения</numerusform>
        <numerusform>человеко-дня обучения</numerusform>
        <numerusform>человеко-дней обучения</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/dashboard.py" line="232" />
      <source>mean gain {0} points</source>
      <translation>средний прирост, баллов: {0}</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/dashboard.py" line="251" />
      <location filename="../../fieldapp/ui/dashboard.py" line="259" />
      <source>events</source>
      <translation>мероприятия</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/dashboard.py" line="270" />
      <source>Events held by month, {0}</source>
      <translation>Мероприятия по месяцам, {0}</translation>
    </message>
    <message numerus="yes">
      <location filename="../../fieldapp/ui/dashboard.py" line="291" />
      <source>%Ln other country(ies)</source>
      <translation>
        <numerusform>ещё %Ln страна</numerusform>
        <numerusform>ещё %Ln страны</numerusform>
        <numerusform>ещё %Ln стран</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/dashboard.py" line="296" />
      <source>Not recorded</source>
      <translation>Не указано</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/dashboard.py" line="298" />
      <source>people</source>
      <translation>чел.</translation>
    </message>
  </context>
  <context>
    <name>DateField</name>
    <message>
      <location filename="../../fieldapp/ui/form_fields.py" line="100" />
      <source>Pick a date (Alt+Down)</source>
      <translation>Выбрать дату (Alt+Вниз)</translation>
    </message>
  </context>
  <context>
    <name>DuplicatesDialog</name>
    <message>
      <location filename="../../fieldapp/ui/people_page.py" line="55" />
      <location filename="../../fieldapp/ui/people_page.py" line="58" />
      <source>Possible duplicates</source>
      <translation>Возможные дубликаты</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/people_page.py" line="59" />
      <source>Looking for possible duplicates…</source>
      <translation>Поиск возможных дубликатов…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/people_page.py" line="61" />
      <source>Merge: keep the first, move the second's attendance to it</source>
      <translation>Объединить: сохранить первую запись, перенести в нее участие из второй</translation>
    </message>
    <message numerus="yes">
      <location filename="../../fieldapp/ui/people_page.py" line="91" />
      <source>%Ln possible duplicate(s).</source>
      <translation>
        <numerusform>%Ln возможный дубликат.</numerusform>
        <numerusform>%Ln возможных дубликата.</numerusform>
        <numerusform>%Ln возможных дубликатов.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/people_page.py" line="93" />
      <source>No possible duplicates found.</source>
      <translation>Возможные дубликаты не найдены.</translation>
    </message>
  </context>
  <context>
    <name>ErasePerson</name>
    <message>
      <location filename="../../fieldapp/ui/erase_person.py" line="22" />
      <source>born {0}</source>
      <translation>{0} г. р.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/erase_person.py" line="31" />
      <source>Her name, e-mail, phone, position, birth year and notes are removed from this computer and, after the next sync, from HQ.</source>
      <translation>Её имя, электронная почта, телефон, должность, год рождения и заметки будут удалены с этого компьютера, а после следующей синхронизации — и из штаб-квартиры.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/erase_person.py" line="37" />
      <source>Her attendance at one event stays as an anonymous count.</source>
      <translation>Её участие в одном мероприятии сохранится как обезличенный учёт.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/erase_person.py" line="41" />
      <source>Her %n attendances stay as anonymous counts.</source>
      <translation>Её участие (%n) сохранится как обезличенный учёт.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/erase_person.py" line="46" />
      <source>His name, e-mail, phone, position, birth year and notes are removed from this computer and, after the next sync, from HQ.</source>
      <translation>Его имя, электронная почта, телефон, должность, год рождения и заметки будут удалены с этого компьютера, а после следующей синхронизации — и из штаб-квартиры.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/erase_person.py" line="52" />
      <source>His attendance at one event stays as an anonymous count.</source>
      <translation>Его участие в одном мероприятии сохранится как обезличенный учёт.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/erase_person.py" line="56" />
      <source>His %n attendances stay as anonymous counts.</source>
      <translation>Его участие (%n) сохранится как обезличенный учёт.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/erase_person.py" line="61" />
      <source>Their name, e-mail, phone, position, birth year and notes are removed from this computer and, after the next sync, from HQ.</source>
      <translation>Имя, электронная почта, телефон, должность, год рождения и заметки этого лица будут удалены с этого компьютера, а после следующей синхронизации — и из штаб-квартиры.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/erase_person.py" line="67" />
      <source>Their attendance at one event stays as an anonymous count.</source>
      <translation>Участие этого лица в одном мероприятии сохранится как обезличенный учёт.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/erase_person.py" line="71" />
      <source>Their %n attendances stay as anonymous counts.</source>
      <translation>Участие этого лица (%n) сохранится как обезличенный учёт.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/erase_person.py" line="77" />
      <source>Erase the identity of {0}?</source>
      <translation>Обезличить данные: {0}?</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/erase_person.py" line="84" />
      <source>This cannot be undone.</source>
      <translation>Это действие необратимо.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/erase_person.py" line="95" />
      <source>Erase a person's identity</source>
      <translation>Обезличивание данных лица</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/erase_person.py" line="98" />
      <source>Erase</source>
      <translation>Обезличить</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/erase_person.py" line="133" />
      <source>Not erased</source>
      <translation>Не обезличено</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/erase_person.py" line="134" />
      <source>{0} was not erased: {1}</source>
      <translation>Данные {0} не обезличены: {1}</translation>
    </message>
  </context>
  <context>
    <name>EventEditor</name>
    <message>
      <location filename="../../fieldapp/ui/event_editor.py" line="97" />
      <source>Event type</source>
      <translation>Вид мероприятия</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/event_editor.py" line="98" />
      <source>Modality</source>
      <translation>Формат</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/event_editor.py" line="99" />
      <source>Status</source>
      <translation>Статус</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/event_editor.py" line="108" />
      <source>—</source>
      <translation>—</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/event_editor.py" line="111" />
      <source>Working group</source>
      <translation>Рабочая группа</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/event_editor.py" line="114" />
      <source>not stated</source>
      <translation>не указано</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/event_editor.py" line="119" />
      <source>Beneficiary countries</source>
      <translation>Страны-бенефициары</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/event_editor.py" line="122" />
      <source>Outcomes</source>
      <translation>Результаты</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/event_editor.py" line="125" />
      <source>Pillars</source>
      <translation>Компоненты</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/event_editor.py" line="128" />
      <source>Partner entities</source>
      <translation>Структуры-партнеры</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/event_editor.py" line="130" />
      <source>Donors</source>
      <translation>Доноры</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/event_editor.py" line="139" />
      <source>people, {0}; empty: not stated</source>
      <translation>чел., {0}; пусто: не указано</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/event_editor.py" line="163" />
      <source>{0}: problem</source>
      <translation>{0}: ошибка</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/event_editor.py" line="182" />
      <source>Details</source>
      <translation>Сведения</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/event_editor.py" line="184" />
      <source>Participants</source>
      <translation>Участники</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/event_editor.py" line="185" />
      <source>Head counts</source>
      <translation>Подсчет</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/event_editor.py" line="200" />
      <source>Why the event cannot be saved</source>
      <translation>Почему мероприятие нельзя сохранить</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/event_editor.py" line="201" />
      <source>Save</source>
      <translation>Сохранить</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/event_editor.py" line="205" />
      <source>Close</source>
      <translation>Закрыть</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/event_editor.py" line="292" />
      <source>Loading…</source>
      <translation>Загрузка…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/event_editor.py" line="308" />
      <source>New event</source>
      <translation>Новое мероприятие</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/event_editor.py" line="366" />
      <source>this new event</source>
      <translation>это новое мероприятие</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/event_editor.py" line="369" />
      <source>Unsaved changes</source>
      <translation>Несохраненные изменения</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/event_editor.py" line="370" />
      <source>Save the changes to “{0}”?</source>
      <translation>Сохранить изменения в «{0}»?</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/event_editor.py" line="444" />
      <source>is not a date: type it like {0}.</source>
      <translation>не является датой: введите ее в формате {0}.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/event_editor.py" line="452" />
      <source>{0}, {1}</source>
      <translation>{0}, {1}</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/event_editor.py" line="491" />
      <source>Cannot save yet — {0}: {1}</source>
      <translation>Сохранить пока нельзя — {0}: {1}</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/event_editor.py" line="523" />
      <source>Saving…</source>
      <translation>Сохранение…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/event_editor.py" line="537" />
      <source>Not saved: {0}</source>
      <translation>Не сохранено: {0}</translation>
    </message>
  </context>
  <context>
    <name>EventsPage</name>
    <message>
      <location filename="../../fieldapp/ui/events_page.py" line="49" />
      <source>Title</source>
      <translation>Название</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/events_page.py" line="50" />
      <source>Type</source>
      <translation>Вид</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/events_page.py" line="51" />
      <source>Status</source>
      <translation>Статус</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/events_page.py" line="52" />
      <source>Start</source>
      <translation>Начало</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/events_page.py" line="53" />
      <source>End</source>
      <translation>Конец</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/events_page.py" line="54" />
      <source>City</source>
      <translation>Город</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/events_page.py" line="55" />
      <source>Country</source>
      <translation>Страна</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/events_page.py" line="56" />
      <source>Participants</source>
      <translation>Участники</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/events_page.py" line="71" />
      <source>Search title, city or country…</source>
      <translation>Поиск по названию, городу или стране…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/events_page.py" line="72" />
      <source>Search events</source>
      <translation>Поиск мероприятий</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/events_page.py" line="75" />
      <source>Period filter</source>
      <translation>Фильтр по периоду</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/events_page.py" line="76" />
      <source>Any date</source>
      <translation>Любая дата</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/events_page.py" line="77" />
      <source>From – to</source>
      <translation>С – по</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/events_page.py" line="83" />
      <source>From</source>
      <translation>С</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/events_page.py" line="84" />
      <source>To</source>
      <translation>По</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/events_page.py" line="89" />
      <source>Status filter</source>
      <translation>Фильтр по статусу</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/events_page.py" line="90" />
      <source>Any status</source>
      <translation>Любой статус</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/events_page.py" line="94" />
      <source>Type filter</source>
      <translation>Фильтр по виду</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/events_page.py" line="95" />
      <source>Any type</source>
      <translation>Любой вид</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/events_page.py" line="98" />
      <source>Any country</source>
      <translation>Любая страна</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/events_page.py" line="99" />
      <source>Country filter</source>
      <translation>Фильтр по стране</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/events_page.py" line="128" />
      <source>Events</source>
      <translation>Мероприятия</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/events_page.py" line="131" />
      <source>New event</source>
      <translation>Новое мероприятие</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/events_page.py" line="132" />
      <source>Record a new event (Ctrl+N)</source>
      <translation>Внести новое мероприятие (Ctrl+N)</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/events_page.py" line="133" />
      <source>Open</source>
      <translation>Открыть</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/events_page.py" line="134" />
      <source>Delete</source>
      <translation>Удалить</translation>
    </message>
    <message numerus="yes">
      <location filename="../../fieldapp/ui/events_page.py" line="250" />
      <source>%Ln event(s)</source>
      <translation>
        <numerusform>%Ln мероприятие</numerusform>
        <numerusform>%Ln мероприятия</numerusform>
        <numerusform>%Ln мероприятий</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/events_page.py" line="253" />
      <source>No events yet: “New event” (Ctrl+N) records the first one.</source>
      <translation>Мероприятий пока нет: первое вносится кнопкой «Новое мероприятие» (Ctrl+N).</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/events_page.py" line="256" />
      <source>No event matches these filters.</source>
      <translation>Нет мероприятий, соответствующих этим фильтрам.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/events_page.py" line="333" />
      <source>Delete event</source>
      <translation>Удаление мероприятия</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/events_page.py" line="335" />
      <source>Delete “{0}” ({1}) and its {2} attendances? It is kept as deleted for HQ and can be restored there.</source>
      <translation>Удалить «{0}» ({1}) и связанные с ним записи об участии ({2})? Оно будет сохранено для штаб-квартиры как удаленное, и там его можно будет восстановить.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/events_page.py" line="352" />
      <source>Not done</source>
      <translation>Не выполнено</translation>
    </message>
  </context>
  <context>
    <name>FirstRun</name>
    <message>
      <location filename="../../fieldapp/ui/first_run.py" line="32" />
      <source>Strong enough.</source>
      <translation>Достаточно надежная.</translation>
    </message>
  </context>
  <context>
    <name>FirstRunWizard</name>
    <message>
      <location filename="../../fieldapp/ui/first_run.py" line="155" />
      <source>Set up Field Office Data Collection</source>
      <translation>Настройка программы «Сбор данных отделений на местах»</translation>
    </message>
  </context>
  <context>
    <name>HeadCountGrid</name>
    <message>
      <location filename="../../fieldapp/ui/head_count_grid.py" line="25" />
      <location filename="../../fieldapp/ui/head_count_grid.py" line="43" />
      <source>Total</source>
      <translation>Всего</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/head_count_grid.py" line="35" />
      <source>{0}, {1}</source>
      <translation>{0}, {1}</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/head_count_grid.py" line="52" />
      <source>Total counted</source>
      <translation>Всего по подсчету</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/head_count_grid.py" line="60" />
      <source>People who attended without being registered by name, counted by sex and age band.</source>
      <translation>Лица, присутствовавшие без поименной регистрации, с подсчетом по полу и возрастной группе.</translation>
    </message>
  </context>
  <context>
    <name>ImportDialog</name>
    <message>
      <location filename="../../fieldapp/ui/import_dialog.py" line="36" />
      <source>Import people from %1</source>
      <translation>Импорт лиц из %1</translation>
    </message>
    <message numerus="yes">
      <location filename="../../fieldapp/ui/import_dialog.py" line="114" />
      <source>%Ln row(s) read (%1).</source>
      <translation>
        <numerusform>Прочитана %Ln строка (%1).</numerusform>
        <numerusform>Прочитаны %Ln строки (%1).</numerusform>
        <numerusform>Прочитано %Ln строк (%1).</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/import_dialog.py" line="132" />
      <source>Not read: %1</source>
      <translation>Не прочитано: %1</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/import_dialog.py" line="46" />
      <location filename="../../fieldapp/ui/import_dialog.py" line="96" />
      <source>Columns</source>
      <translation>Столбцы</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/import_dialog.py" line="51" />
      <source>First rows</source>
      <translation>Первые строки</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/import_dialog.py" line="53" />
      <source>Row</source>
      <translation>Строка</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/import_dialog.py" line="62" />
      <source>Rows with problems</source>
      <translation>Строки с ошибками</translation>
    </message>
    <message numerus="yes">
      <location filename="../../fieldapp/ui/import_dialog.py" line="66" />
      <source>… and %Ln more problem(s)</source>
      <translation>
        <numerusform>… и ещё %Ln проблема</numerusform>
        <numerusform>… и ещё %Ln проблемы</numerusform>
        <numerusform>… и ещё %Ln проблем</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/import_dialog.py" line="68" />
      <source>Already known</source>
      <translation>Уже известны</translation>
    </message>
    <message numerus="yes">
      <location filename="../../fieldapp/ui/import_dialog.py" line="72" />
      <source>… and %Ln more row(s)</source>
      <translation>
        <numerusform>… и ещё %Ln строка</numerusform>
        <numerusform>… и ещё %Ln строки</numerusform>
        <numerusform>… и ещё %Ln строк</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/import_dialog.py" line="75" />
      <source>Rows with problems (%1)</source>
      <translation>Строки с ошибками (%1)</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/import_dialog.py" line="76" />
      <source>Already known (%1)</source>
      <translation>Уже известны (%1)</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/import_dialog.py" line="83" />
      <source>Leave out the rows with problems and import the rest</source>
      <translation>Пропустить строки с ошибками и импортировать остальные</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/import_dialog.py" line="85" />
      <source>Leave out the rows with problems</source>
      <translation>Пропустить строки с ошибками</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/import_dialog.py" line="98" />
      <source>First rows, as they will be stored</source>
      <translation>Первые строки в том виде, в каком они будут сохранены</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/import_dialog.py" line="126" />
      <source>; </source>
      <translation>; </translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/import_dialog.py" line="127" />
      <source>%1 → %2</source>
      <translation>%1 → %2</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/import_dialog.py" line="131" />
      <source>, </source>
      <translation>, </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fieldapp/ui/import_dialog.py" line="138" />
      <source>Import %Ln person(s)</source>
      <translation>
        <numerusform>Импортировать %Ln человека</numerusform>
        <numerusform>Импортировать %Ln человек</numerusform>
        <numerusform>Импортировать %Ln человек</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/import_dialog.py" line="117" />
      <source>They will also be registered at “%1”.</source>
      <translation>Они также будут зарегистрированы как участники мероприятия «%1».</translation>
    </message>
  </context>
  <context>
    <name>ImportText</name>
    <message>
      <location filename="../../fieldapp/ui/import_text.py" line="60" />
      <source>yes</source>
      <translation>да</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/import_text.py" line="60" />
      <source>no</source>
      <translation>нет</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/import_text.py" line="88" />
      <source>%1 or %2</source>
      <translation>%1 или %2</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/import_text.py" line="93" />
      <source>%1 — did you mean %2?</source>
      <translation>%1. Возможно, имелось в виду %2?</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/import_text.py" line="99" />
      <source>row %1, column “%2”: %3</source>
      <translation>строка %1, столбец «%2»: %3</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/import_text.py" line="102" />
      <source>row %1, %2: %3</source>
      <translation>строка %1, %2: %3</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/import_text.py" line="110" />
      <source>same ID</source>
      <translation>тот же идентификатор</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/import_text.py" line="111" />
      <source>same name</source>
      <translation>то же имя</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/import_text.py" line="113" />
      <source>same name and e-mail</source>
      <translation>то же имя и эл. почта</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/import_text.py" line="114" />
      <source>same name, birth year and e-mail</source>
      <translation>то же имя, год рождения и эл. почта</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/import_text.py" line="117" />
      <source>same name, but another birth year or e-mail</source>
      <translation>то же имя, но другой год рождения или эл. почта</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/import_text.py" line="129" />
      <source>born %1</source>
      <translation>%1 г. р.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/import_text.py" line="133" />
      <source>row %1</source>
      <translation>строка %1</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/import_text.py" line="135" />
      <source>the registry</source>
      <translation>реестр</translation>
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
      <translation>, </translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/import_text.py" line="144" />
      <source>(%1 people fit)</source>
      <translation>(подходят: %1)</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/import_text.py" line="146" />
      <source>row %1: %2: %3: %4</source>
      <translation>строка %1: %2: %3: %4</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/import_text.py" line="158" />
      <source>Excel, sheet “%1”</source>
      <translation>Excel, лист «%1»</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/import_text.py" line="162" />
      <source>CSV, %1, tab separated</source>
      <translation>CSV, %1, разделитель — табуляция</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/import_text.py" line="164" />
      <source>CSV, %1, “%2” separated</source>
      <translation>CSV, %1, разделитель «%2»</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/import_text.py" line="174" />
      <source>“%1”</source>
      <translation>«%1»</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/import_text.py" line="177" />
      <source>No column of %1 holds the people's names (its columns: %2). Name that column “%3” in the sheet, then import it again.</source>
      <translation>Ни один столбец файла %1 не содержит имён (его столбцы: %2). Назовите этот столбец «%3» в таблице и импортируйте файл снова.</translation>
    </message>
  </context>
  <context>
    <name>JobBar</name>
    <message>
      <location filename="../../fieldapp/ui/job_bar.py" line="33" />
      <source>Progress</source>
      <translation>Ход выполнения</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/job_bar.py" line="37" />
      <source>Cancel</source>
      <translation>Отмена</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/job_bar.py" line="43" />
      <source>Result</source>
      <translation>Результат</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/job_bar.py" line="44" />
      <source>Open</source>
      <translation>Открыть</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/job_bar.py" line="47" />
      <source>Show in folder</source>
      <translation>Показать в папке</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/job_bar.py" line="90" />
      <source>Page %1 of about %2</source>
      <translation>Страница %1 из ~%2</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/job_bar.py" line="93" />
      <source>Page %1</source>
      <translation>Страница %1</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/job_bar.py" line="95" />
      <source>Row %1 of %2</source>
      <translation>Строка %1 из %2</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/job_bar.py" line="98" />
      <source>Reading the records…</source>
      <translation>Чтение данных…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/job_bar.py" line="104" />
      <source>Cancelling…</source>
      <translation>Отмена операции…</translation>
    </message>
  </context>
  <context>
    <name>Labels</name>
    <message>
      <source>Title</source>
      <translation>Название</translation>
    </message>
    <message>
      <source>Event type</source>
      <translation>Вид мероприятия</translation>
    </message>
    <message>
      <source>Modality</source>
      <translation>Формат</translation>
    </message>
    <message>
      <source>Start date</source>
      <translation>Дата начала</translation>
    </message>
    <message>
      <source>End date</source>
      <translation>Дата окончания</translation>
    </message>
    <message>
      <source>Host country</source>
      <translation>Принимающая страна</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Статус</translation>
    </message>
    <message>
      <source>Working group</source>
      <translation>Рабочая группа</translation>
    </message>
    <message>
      <source>Total counted</source>
      <translation>Всего по подсчету</translation>
    </message>
    <message>
      <source>Beneficiary countries</source>
      <translation>Страны-бенефициары</translation>
    </message>
    <message>
      <source>Outcomes</source>
      <translation>Результаты</translation>
    </message>
    <message>
      <source>Pillars</source>
      <translation>Компоненты</translation>
    </message>
    <message>
      <source>Full name</source>
      <translation>Полное имя</translation>
    </message>
    <message>
      <source>Sex</source>
      <translation>Пол</translation>
    </message>
    <message>
      <source>Birth year</source>
      <translation>Год рождения</translation>
    </message>
    <message>
      <source>Age band</source>
      <translation>Возрастная группа</translation>
    </message>
    <message>
      <source>Nationality</source>
      <translation>Гражданство</translation>
    </message>
    <message>
      <source>Organization type</source>
      <translation>Тип организации</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>Эл. почта</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Телефон</translation>
    </message>
    <message>
      <source>Consent date</source>
      <translation>Дата согласия</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>Роль</translation>
    </message>
    <message>
      <source>Days attended</source>
      <translation>Дни присутствия</translation>
    </message>
    <message>
      <source>Days present</source>
      <translation>Присутствие по дням</translation>
    </message>
    <message>
      <source>Pre-test score</source>
      <translation>Балл входного теста</translation>
    </message>
    <message>
      <source>Post-test score</source>
      <translation>Балл итогового теста</translation>
    </message>
    <message>
      <source>Satisfaction</source>
      <translation>Удовлетворенность</translation>
    </message>
    <message>
      <source>Participant</source>
      <translation>Участник</translation>
    </message>
    <message>
      <source>Count</source>
      <translation>Число</translation>
    </message>
    <message>
      <source>Passphrase</source>
      <translation>Парольная фраза</translation>
    </message>
    <message>
      <source>This month</source>
      <translation>Текущий месяц</translation>
    </message>
    <message>
      <source>Last month</source>
      <translation>Прошлый месяц</translation>
    </message>
    <message>
      <source>This quarter</source>
      <translation>Текущий квартал</translation>
    </message>
    <message>
      <source>Last quarter</source>
      <translation>Прошлый квартал</translation>
    </message>
    <message>
      <source>This year</source>
      <translation>Текущий год</translation>
    </message>
    <message>
      <source>Last year</source>
      <translation>Прошлый год</translation>
    </message>
    <message>
      <source>Last 12 months</source>
      <translation>Последние 12 мес.</translation>
    </message>
    <message>
      <source>All time</source>
      <translation>За все время</translation>
    </message>
    <message>
      <source>Custom</source>
      <translation>Произвольный</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Имя</translation>
    </message>
    <message>
      <source>Organization</source>
      <translation>Организация</translation>
    </message>
    <message>
      <source>Days</source>
      <translation>Дни</translation>
    </message>
    <message>
      <source>Completed</source>
      <translation>Завершено</translation>
    </message>
    <message>
      <source>Pre-test</source>
      <translation>Входной тест</translation>
    </message>
    <message>
      <source>Post-test</source>
      <translation>Итоговый тест</translation>
    </message>
    <message>
      <source>same name and birth year</source>
      <translation>то же имя и год рождения</translation>
    </message>
    <message>
      <source>same e-mail</source>
      <translation>та же эл. почта</translation>
    </message>
    <message>
      <source>Venue</source>
      <translation>Место</translation>
    </message>
    <message>
      <source>City</source>
      <translation>Город</translation>
    </message>
    <message>
      <source>Programme</source>
      <translation>Программа</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Язык</translation>
    </message>
    <message>
      <source>Narrative</source>
      <translation>Описание</translation>
    </message>
    <message>
      <source>Partners</source>
      <translation>Партнеры</translation>
    </message>
    <message>
      <source>Donors</source>
      <translation>Доноры</translation>
    </message>
    <message>
      <source>Position</source>
      <translation>Должность</translation>
    </message>
    <message>
      <source>Consent</source>
      <translation>Согласие</translation>
    </message>
    <message>
      <source>event</source>
      <translation>мероприятие</translation>
    </message>
    <message>
      <source>participant</source>
      <translation>участник</translation>
    </message>
    <message>
      <source>attendance</source>
      <translation>участие</translation>
    </message>
    <message>
      <source>head count</source>
      <translation>подсчёт</translation>
    </message>
    <message>
      <source>ID</source>
      <translation>Идентификатор</translation>
    </message>
    <message>
      <source>First name</source>
      <translation>Имя</translation>
    </message>
    <message>
      <source>Last name</source>
      <translation>Фамилия</translation>
    </message>
    <message>
      <source>Age</source>
      <translation>Возраст</translation>
    </message>
    <message>
      <source>Legal basis</source>
      <translation>Правовое основание</translation>
    </message>
    <message>
      <source>Since</source>
      <translation>Действует с</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Причина</translation>
    </message>
    <message>
      <source>Legal basis since</source>
      <translation>Дата правового основания</translation>
    </message>
    <message>
      <source>Legal basis reason</source>
      <translation>Причина обработки</translation>
    </message>
    <message>
      <source>output</source>
      <translation>файл с именами</translation>
    </message>
    <message>
      <source>Public interest</source>
      <translation>Общественный интерес</translation>
    </message>
    <message>
      <source>Legitimate interest</source>
      <translation>Законный интерес</translation>
    </message>
    <message>
      <source>Vital interest</source>
      <translation>Жизненно важный интерес</translation>
    </message>
    <message>
      <source>Legal obligation</source>
      <translation>Юридическая обязанность</translation>
    </message>
    <message>
      <source>All people</source>
      <translation>Все лица</translation>
    </message>
    <message>
      <source>No basis recorded</source>
      <translation>Основание не указано</translation>
    </message>
    <message>
      <source>Consent withdrawn</source>
      <translation>Согласие отозвано</translation>
    </message>
    <message>
      <source>Not recorded</source>
      <translation>Не указано</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../fieldapp/ui/app.py" line="71" />
      <location filename="../../fieldapp/ui/main_window.py" line="86" />
      <source>Field Office Data Collection</source>
      <translation>Сбор данных отделений на местах</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/main_window.py" line="89" />
      <location filename="../../fieldapp/ui/main_window.py" line="298" />
      <source>Locked</source>
      <translation>Заблокировано</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/main_window.py" line="90" />
      <source>Unsynced changes</source>
      <translation>Неотправленные изменения</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/main_window.py" line="93" />
      <source>Working</source>
      <translation>Выполняется</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/main_window.py" line="94" />
      <source>Lock</source>
      <translation>Блокировать</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/main_window.py" line="95" />
      <source>Close the store now (Ctrl+L)</source>
      <translation>Закрыть базу данных сейчас (Ctrl+L)</translation>
    </message>
    <message numerus="yes">
      <location filename="../../fieldapp/ui/main_window.py" line="101" />
      <source>%Ln unsynced</source>
      <translation>
        <numerusform>Не отправлено: %Ln</numerusform>
        <numerusform>Не отправлено: %Ln</numerusform>
        <numerusform>Не отправлено: %Ln</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/main_window.py" line="150" />
      <source>Screens</source>
      <translation>Экраны</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/main_window.py" line="153" />
      <source>Dashboard</source>
      <translation>Сводная панель</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/main_window.py" line="154" />
      <source>Events</source>
      <translation>Мероприятия</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/main_window.py" line="155" />
      <source>People</source>
      <translation>Лица</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/main_window.py" line="156" />
      <source>Reports</source>
      <translation>Отчеты</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/main_window.py" line="157" />
      <source>Sync</source>
      <translation>Синхронизация</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/main_window.py" line="158" />
      <source>Settings</source>
      <translation>Настройки</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/main_window.py" line="230" />
      <source>Not enrolled with HQ</source>
      <translation>Нет регистрации в штаб-квартире</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/main_window.py" line="232" />
      <source>Syncing…</source>
      <translation>Синхронизация…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/main_window.py" line="234" />
      <source>Online · HQ reached {0}</source>
      <translation>В сети · связь со штаб-квартирой {0}</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/main_window.py" line="236" />
      <source>Offline · last contact {0}</source>
      <translation>Нет сети · последняя связь {0}</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/main_window.py" line="238" />
      <source>Offline · HQ not reached yet</source>
      <translation>Нет сети · связи со штаб-квартирой еще не было</translation>
    </message>
  </context>
  <context>
    <name>OfficePage</name>
    <message>
      <location filename="../../fieldapp/ui/first_run.py" line="38" />
      <source>Your office</source>
      <translation>Ваше отделение</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/first_run.py" line="39" />
      <source>The name and country of the office that records in this store.</source>
      <translation>Название и страна отделения, которое вносит данные в эту базу данных.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/first_run.py" line="42" />
      <source>e.g. Programme Office Rabat</source>
      <translation>напр., Программное отделение в Рабате</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/first_run.py" line="43" />
      <source>Office name</source>
      <translation>Название отделения</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/first_run.py" line="44" />
      <source>Choose a country…</source>
      <translation>Выберите страну…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/first_run.py" line="45" />
      <location filename="../../fieldapp/ui/first_run.py" line="49" />
      <source>Country</source>
      <translation>Страна</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/first_run.py" line="48" />
      <source>Office</source>
      <translation>Отделение</translation>
    </message>
  </context>
  <context>
    <name>OutputLogBox</name>
    <message>
      <location filename="../../fieldapp/ui/output_log_box.py" line="29" />
      <location filename="../../fieldapp/ui/output_log_box.py" line="50" />
      <source>Files with names</source>
      <translation>Файлы с именами</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/output_log_box.py" line="33" />
      <source>Every PDF or export that carries people's names is recorded here and reported to HQ (how many people, not who): a person can ask which files included them.</source>
      <translation>Здесь регистрируется каждый PDF-файл или файл экспорта, содержащий имена людей, и сведения о нем передаются в штаб-квартиру (число лиц, но не их имена): любое лицо может запросить, в какие файлы оно было включено.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/output_log_box.py" line="42" />
      <source>When</source>
      <translation>Дата и время</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/output_log_box.py" line="43" />
      <source>Who</source>
      <translation>Пользователь</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/output_log_box.py" line="44" />
      <source>What</source>
      <translation>Тип</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/output_log_box.py" line="45" />
      <source>About</source>
      <translation>Предмет</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/output_log_box.py" line="46" />
      <source>People</source>
      <translation>Лица</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/output_log_box.py" line="70" />
      <source>Event summary with names</source>
      <translation>Сводка по мероприятию с именами</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/output_log_box.py" line="71" />
      <source>Sign-in sheet</source>
      <translation>Лист регистрации</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/output_log_box.py" line="72" />
      <source>Certificates</source>
      <translation>Сертификаты</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/output_log_box.py" line="73" />
      <source>People export</source>
      <translation>Экспорт списка лиц</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/output_log_box.py" line="74" />
      <source>Subject access report</source>
      <translation>Отчет для субъекта данных</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/output_log_box.py" line="105" />
      <source>No file with names has been written on this computer.</source>
      <translation>На этом компьютере не создавалось файлов с именами.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/output_log_box.py" line="108" />
      <source>{0} files with names written here; the latest {1} are listed.</source>
      <translation>Файлов с именами, созданных здесь: {0}; показаны последние {1}.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../fieldapp/ui/output_log_box.py" line="114" />
      <source>%Ln file(s) with names written here, newest first.</source>
      <translation>
        <numerusform>Здесь создан %Ln файл с именами (сначала самые новые).</numerusform>
        <numerusform>Здесь создано %Ln файла с именами (сначала самые новые).</numerusform>
        <numerusform>Здесь создано %Ln файлов с именами (сначала самые новые).</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>PassphraseDialog</name>
    <message>
      <location filename="../../fieldapp/ui/passphrase_dialog.py" line="23" />
      <location filename="../../fieldapp/ui/passphrase_dialog.py" line="37" />
      <source>Change the passphrase</source>
      <translation>Изменение парольной фразы</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/passphrase_dialog.py" line="24" />
      <location filename="../../fieldapp/ui/passphrase_dialog.py" line="53" />
      <source>Current passphrase</source>
      <translation>Текущая парольная фраза</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/passphrase_dialog.py" line="25" />
      <location filename="../../fieldapp/ui/passphrase_dialog.py" line="54" />
      <source>New passphrase</source>
      <translation>Новая парольная фраза</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/passphrase_dialog.py" line="26" />
      <source>New passphrase again</source>
      <translation>Повтор новой парольной фразы</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/passphrase_dialog.py" line="46" />
      <source>The recovery key keeps working. Backups in the store's folder take the new passphrase; copies already carried away (a USB stick) keep the one they were made with.</source>
      <translation>Ключ восстановления остается действительным. Резервные копии в папке базы данных будут открываться новой парольной фразой; копии, уже вынесенные за ее пределы (на USB-накопителе), сохраняют ту фразу, с которой были созданы.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/passphrase_dialog.py" line="55" />
      <source>Again</source>
      <translation>Повтор</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/passphrase_dialog.py" line="72" />
      <source>Type the same new passphrase twice.</source>
      <translation>Введите одну и ту же новую парольную фразу дважды.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/passphrase_dialog.py" line="74" />
      <source>The new passphrase is the current one.</source>
      <translation>Новая парольная фраза совпадает с текущей.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/passphrase_dialog.py" line="81" />
      <source>Changing the passphrase…</source>
      <translation>Изменение парольной фразы…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/passphrase_dialog.py" line="94" />
      <source>The passphrase is changed. Use the new one from now on; the recovery key still works.</source>
      <translation>Парольная фраза изменена. Отныне используйте новую; ключ восстановления по-прежнему действует.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/passphrase_dialog.py" line="104" />
      <source>The current passphrase is not correct (capitals count). Nothing was changed. You can try again in {0} s.</source>
      <translation>Текущая парольная фраза неверна (регистр букв имеет значение). Ничего не изменено. Повторить попытку можно через {0} с.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/passphrase_dialog.py" line="111" />
      <source>Nothing was changed: {0}</source>
      <translation>Ничего не изменено: {0}</translation>
    </message>
  </context>
  <context>
    <name>PassphrasePage</name>
    <message>
      <location filename="../../fieldapp/ui/first_run.py" line="65" />
      <location filename="../../fieldapp/ui/first_run.py" line="73" />
      <location filename="../../fieldapp/ui/first_run.py" line="82" />
      <source>Passphrase</source>
      <translation>Парольная фраза</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/first_run.py" line="68" />
      <source>It opens the store. Nobody can reset it: if it is lost, only the recovery key opens the store.</source>
      <translation>Она открывает базу данных. Сбросить ее не может никто: если она утеряна, базу данных можно открыть только ключом восстановления.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/first_run.py" line="76" />
      <source>Passphrase again</source>
      <translation>Повтор парольной фразы</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/first_run.py" line="83" />
      <source>Again</source>
      <translation>Повтор</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/first_run.py" line="99" />
      <source>The two passphrases differ.</source>
      <translation>Парольные фразы не совпадают.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/first_run.py" line="120" />
      <source>Creating the encrypted store…</source>
      <translation>Создание зашифрованной базы данных…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/first_run.py" line="135" />
      <source>The store could not be created: {0}</source>
      <translation>Не удалось создать базу данных: {0}</translation>
    </message>
  </context>
  <context>
    <name>PastePreview</name>
    <message>
      <location filename="../../fieldapp/ui/paste_names.py" line="79" />
      <source>already on the list</source>
      <translation>уже в списке</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/paste_names.py" line="81" />
      <source>repeated above</source>
      <translation>повтор строки выше</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/paste_names.py" line="105" />
      <source>born {0}</source>
      <translation>{0} г. р.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/paste_names.py" line="112" />
      <source>last: {0} ({1})</source>
      <translation>последнее: {0} ({1})</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/paste_names.py" line="125" />
      <source>Paste names</source>
      <translation>Вставка имен</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/paste_names.py" line="129" />
      <source>Pasted names</source>
      <translation>Вставленные имена</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/paste_names.py" line="131" />
      <source>Name</source>
      <translation>Имя</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/paste_names.py" line="131" />
      <source>Organization</source>
      <translation>Организация</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/paste_names.py" line="131" />
      <source>What happens</source>
      <translation>Действие</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/paste_names.py" line="143" />
      <source>What happens to {0}</source>
      <translation>Действие для {0}</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/paste_names.py" line="145" />
      <source>Skip: {0}</source>
      <translation>Пропустить: {0}</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/paste_names.py" line="148" />
      <source>Use: {0}</source>
      <translation>Выбрать: {0}</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/paste_names.py" line="150" />
      <source>Add as a new person (sex not recorded)</source>
      <translation>Добавить как новое лицо (пол не указан)</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/paste_names.py" line="153" />
      <source>Skip: {0} people fit, choose one</source>
      <translation>Пропустить: подходят несколько лиц ({0}), выберите одно</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/paste_names.py" line="157" />
      <source>Skip</source>
      <translation>Пропустить</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/paste_names.py" line="189" />
      <source>{0} of {1} lines will be added ({2} new to the registry).</source>
      <translation>Будет добавлено строк: {0} из {1} (новых в реестре: {2}).</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/paste_names.py" line="194" />
      <source>Add {0}</source>
      <translation>Добавить {0}</translation>
    </message>
  </context>
  <context>
    <name>PeoplePage</name>
    <message>
      <location filename="../../fieldapp/ui/people_page.py" line="114" />
      <source>Full name</source>
      <translation>Полное имя</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/people_page.py" line="115" />
      <source>Sex</source>
      <translation>Пол</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/people_page.py" line="116" />
      <source>Organization</source>
      <translation>Организация</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/people_page.py" line="117" />
      <source>Nationality</source>
      <translation>Гражданство</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/people_page.py" line="118" />
      <source>E-mail</source>
      <translation>Эл. почта</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/people_page.py" line="132" />
      <source>Search name, organization or e-mail…</source>
      <translation>Поиск по имени, организации или эл. почте…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/people_page.py" line="133" />
      <source>Search people</source>
      <translation>Поиск лиц</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/people_page.py" line="137" />
      <source>Legal basis</source>
      <translation>Правовое основание</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/people_page.py" line="138" />
      <source>Show only the people held on this legal basis</source>
      <translation>Показывать только лиц, данные которых хранятся на этом правовом основании</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/people_page.py" line="151" />
      <source>Possible duplicates…</source>
      <translation>Возможные дубликаты…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/people_page.py" line="154" />
      <source>Erase…</source>
      <translation>Обезличить…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/people_page.py" line="157" />
      <source>Remove the chosen person's identity; their attendance stays as counts</source>
      <translation>Обезличить данные выбранного лица; его участие сохраняется в подсчетах</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/people_page.py" line="161" />
      <source>New person</source>
      <translation>Новое лицо</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/people_page.py" line="163" />
      <source>Add a person to the registry (Ctrl+N)</source>
      <translation>Добавить лицо в реестр (Ctrl+N)</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/people_page.py" line="183" />
      <source>People</source>
      <translation>Лица</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/people_page.py" line="189" />
      <location filename="../../fieldapp/ui/people_page.py" line="191" />
      <source>Events attended</source>
      <translation>Посещенные мероприятия</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/people_page.py" line="263" />
      <source>Identity erased. Their attendance still counts, under no name.</source>
      <translation>Данные обезличены. Участие по-прежнему учитывается, без имени.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../fieldapp/ui/people_page.py" line="280" />
      <source>%Ln person(s)</source>
      <translation>
        <numerusform>%Ln человек</numerusform>
        <numerusform>%Ln человека</numerusform>
        <numerusform>%Ln человек</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/people_page.py" line="282" />
      <source>Nobody held on this basis.</source>
      <translation>Нет лиц, данные которых хранятся на этом основании.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/people_page.py" line="285" />
      <location filename="../../fieldapp/ui/people_page.py" line="286" />
      <source>Nobody found for “{0}”.</source>
      <translation>По запросу «{0}» никто не найден.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/people_page.py" line="288" />
      <source>No one yet.</source>
      <translation>Пока никого нет.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/people_page.py" line="290" />
      <source>Add people with New person (Ctrl+N) or on an event's Participants tab.</source>
      <translation>Добавляйте лиц кнопкой «Новое лицо» (Ctrl+N) или на вкладке «Участники» мероприятия.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/people_page.py" line="327" />
      <source>None yet: events are added on an event's Participants tab.</source>
      <translation>Пока нет: мероприятия добавляются на вкладке «Участники» мероприятия.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/people_page.py" line="354" />
      <source>No events yet.</source>
      <translation>Мероприятий пока нет.</translation>
    </message>
  </context>
  <context>
    <name>PeriodPicker</name>
    <message>
      <location filename="../../fieldapp/ui/period_picker.py" line="24" />
      <source>Period</source>
      <translation>Период</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/period_picker.py" line="31" />
      <source>From</source>
      <translation>С</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/period_picker.py" line="31" />
      <source>To</source>
      <translation>По</translation>
    </message>
  </context>
  <context>
    <name>PersonFields</name>
    <message>
      <location filename="../../fieldapp/ui/person_fields.py" line="54" />
      <source>Choose…</source>
      <translation>Выберите…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/person_fields.py" line="58" />
      <source>not recorded</source>
      <translation>не указан</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/person_fields.py" line="76" />
      <source>the date it applies from</source>
      <translation>дата, с которой оно применяется</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/person_fields.py" line="78" />
      <source>why the data is held (stays on this computer)</source>
      <translation>причина хранения данных (остается на этом компьютере)</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/person_fields.py" line="88" />
      <source>e.g. 1985</source>
      <translation>напр., 1985</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/person_fields.py" line="143" />
      <source>{0}: problem</source>
      <translation>{0}: ошибка</translation>
    </message>
  </context>
  <context>
    <name>PersonForm</name>
    <message>
      <location filename="../../fieldapp/ui/person_form.py" line="112" />
      <source>Discard</source>
      <translation>Отменить</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/person_form.py" line="114" />
      <source>Give up the changes typed here</source>
      <translation>Отменить введенные здесь изменения</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/person_form.py" line="116" />
      <source>Save person</source>
      <translation>Сохранить лицо</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/person_form.py" line="283" />
      <source>this person</source>
      <translation>это лицо</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/person_form.py" line="285" />
      <source>Save the new person “{0}”?</source>
      <translation>Сохранить новое лицо «{0}»?</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/person_form.py" line="286" />
      <source>Save the changes to “{0}”?</source>
      <translation>Сохранить изменения в «{0}»?</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/person_form.py" line="290" />
      <source>Unsaved changes</source>
      <translation>Несохраненные изменения</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/person_form.py" line="333" />
      <source>choose one, or “not recorded”.</source>
      <translation>выберите значение или «не указан».</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/person_form.py" line="353" />
      <source>Cannot save yet: {0}</source>
      <translation>Сохранить пока нельзя: {0}</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/person_form.py" line="357" />
      <source>New person: in the registry once saved.</source>
      <translation>Новое лицо: будет внесено в реестр после сохранения.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/person_form.py" line="382" />
      <location filename="../../fieldapp/ui/person_form.py" line="455" />
      <source>Saved.</source>
      <translation>Сохранено.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/person_form.py" line="423" />
      <source>Not saved yet: this name is in the registry.</source>
      <translation>Еще не сохранено: такое имя уже есть в реестре.</translation>
    </message>
  </context>
  <context>
    <name>QuickAddForm</name>
    <message>
      <location filename="../../fieldapp/ui/quick_add_form.py" line="47" />
      <source>Quick add a new person</source>
      <translation>Быстрое добавление нового лица</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/quick_add_form.py" line="51" />
      <source>Full name</source>
      <translation>Полное имя</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/quick_add_form.py" line="52" />
      <source>New person's full name</source>
      <translation>Полное имя нового лица</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/quick_add_form.py" line="53" />
      <source>New person's sex</source>
      <translation>Пол нового лица</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/quick_add_form.py" line="53" />
      <source>Sex…</source>
      <translation>Пол…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/quick_add_form.py" line="58" />
      <source>New person's birth year</source>
      <translation>Год рождения нового лица</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/quick_add_form.py" line="59" />
      <source>Birth year…</source>
      <translation>Год рождения…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/quick_add_form.py" line="63" />
      <source>New person's age band</source>
      <translation>Возрастная группа нового лица</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/quick_add_form.py" line="64" />
      <source>or age band…</source>
      <translation>или возрастная группа…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/quick_add_form.py" line="69" />
      <source>Organization</source>
      <translation>Организация</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/quick_add_form.py" line="70" />
      <source>New person's organization</source>
      <translation>Организация нового лица</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/quick_add_form.py" line="73" />
      <source>New person's organization type</source>
      <translation>Тип организации нового лица</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/quick_add_form.py" line="74" />
      <source>Organization type…</source>
      <translation>Тип организации…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/quick_add_form.py" line="77" />
      <source>Nationality…</source>
      <translation>Гражданство…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/quick_add_form.py" line="79" />
      <source>New person's nationality</source>
      <translation>Гражданство нового лица</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/quick_add_form.py" line="80" />
      <source>Consents to data processing</source>
      <translation>Согласие на обработку данных</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/quick_add_form.py" line="84" />
      <source>Consent date</source>
      <translation>Дата согласия</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/quick_add_form.py" line="86" />
      <source>Add new person</source>
      <translation>Добавить новое лицо</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/quick_add_form.py" line="142" />
      <source>Sex: choose one, or “not recorded”.</source>
      <translation>Пол: выберите значение или «не указан».</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/quick_add_form.py" line="151" />
      <source>Consent date: type a date like {0}.</source>
      <translation>Дата согласия: введите дату, например {0}.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/quick_add_form.py" line="170" />
      <source>Nationality: {0}</source>
      <translation>Гражданство: {0}</translation>
    </message>
  </context>
  <context>
    <name>RecoveryDialog</name>
    <message>
      <location filename="../../fieldapp/ui/recovery_dialog.py" line="52" />
      <source>Something went wrong; it was logged.</source>
      <translation>Произошла ошибка; сведения о ней записаны в журнал.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/recovery_dialog.py" line="79" />
      <source>Open the store with the recovery key</source>
      <translation>Открытие базы данных с помощью ключа восстановления</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/recovery_dialog.py" line="107" />
      <source>Type the recovery key that was printed or written down when the store was made: {0} groups of 4 letters and digits. Spaces, dashes and small letters are fine.</source>
      <translation>Введите ключ восстановления, который был распечатан или записан при создании базы данных: он состоит из групп по 4 буквы и цифры (число групп: {0}). Пробелы, дефисы и строчные буквы допускаются.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/recovery_dialog.py" line="115" />
      <location filename="../../fieldapp/ui/recovery_dialog.py" line="124" />
      <source>Recovery key</source>
      <translation>Ключ восстановления</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/recovery_dialog.py" line="118" />
      <source>Check the key</source>
      <translation>Проверить ключ</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/recovery_dialog.py" line="134" />
      <source>A recovery key has {0} letters and digits; this one has {1}.</source>
      <translation>Ключ восстановления содержит символов (букв и цифр): {0}; в этом ключе: {1}.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/recovery_dialog.py" line="139" />
      <source>Checking the key…</source>
      <translation>Проверка ключа…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/recovery_dialog.py" line="147" />
      <source>The key is right. Set a new passphrase for {0}.</source>
      <translation>Ключ верен. Задайте новую парольную фразу для {0}.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/recovery_dialog.py" line="163" />
      <source>That recovery key does not open this store. Check each group of four against the paper. Nothing was changed. You can try again in {0} s.</source>
      <translation>Этот ключ восстановления не открывает данную базу данных. Сверьте каждую группу из четырех символов с записью на бумаге. Ничего не изменено. Повторить попытку можно через {0} с.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/recovery_dialog.py" line="177" />
      <location filename="../../fieldapp/ui/recovery_dialog.py" line="190" />
      <source>New passphrase</source>
      <translation>Новая парольная фраза</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/recovery_dialog.py" line="178" />
      <source>New passphrase again</source>
      <translation>Повтор новой парольной фразы</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/recovery_dialog.py" line="182" />
      <source>Set the passphrase and open</source>
      <translation>Задать парольную фразу и открыть</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/recovery_dialog.py" line="191" />
      <source>Again</source>
      <translation>Повтор</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/recovery_dialog.py" line="204" />
      <source>Type the same passphrase twice.</source>
      <translation>Введите одну и ту же парольную фразу дважды.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/recovery_dialog.py" line="211" />
      <source>Setting the new passphrase and opening the store…</source>
      <translation>Установка новой парольной фразы и открытие базы данных…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/recovery_dialog.py" line="220" />
      <source>Nothing was changed: {0}</source>
      <translation>Ничего не изменено: {0}</translation>
    </message>
  </context>
  <context>
    <name>RecoveryKeyPage</name>
    <message>
      <location filename="../../fieldapp/ui/recovery_key_page.py" line="37" />
      <source>Recovery key of the store</source>
      <translation>Ключ восстановления базы данных</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/recovery_key_page.py" line="38" />
      <source>If the passphrase is forgotten: on the lock screen choose “Forgot the passphrase? Use the recovery key”, type this key, then set a new passphrase.</source>
      <translation>Если парольная фраза забыта: на экране блокировки выберите «Забыли парольную фразу? Воспользуйтесь ключом восстановления», введите этот ключ и задайте новую парольную фразу.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/recovery_key_page.py" line="43" />
      <source>Keep this sheet apart from the computer, somewhere locked. Anyone who has it and the computer can open the office's records.</source>
      <translation>Храните этот лист отдельно от компьютера, в запираемом месте. Любой, у кого есть этот лист и компьютер, может открыть данные отделения.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/recovery_key_page.py" line="71" />
      <location filename="../../fieldapp/ui/recovery_key_page.py" line="84" />
      <source>Recovery key</source>
      <translation>Ключ восстановления</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/recovery_key_page.py" line="74" />
      <source>Print it, save it as a PDF or write it down, and keep it apart from this computer. It is shown only now.</source>
      <translation>Распечатайте его, сохраните в формате PDF или запишите и храните отдельно от этого компьютера. Он показывается только сейчас.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/recovery_key_page.py" line="86" />
      <source>Print…</source>
      <translation>Печать…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/recovery_key_page.py" line="89" />
      <source>Save as PDF…</source>
      <translation>Сохранить в PDF…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/recovery_key_page.py" line="92" />
      <source>I wrote it down</source>
      <translation>Я записал(а) ключ</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/recovery_key_page.py" line="106" />
      <source>If the passphrase is forgotten, this key opens the store and sets a new passphrase. Nobody else can open it: without the passphrase or this key, every record is lost.</source>
      <translation>Если парольная фраза забыта, этот ключ открывает базу данных и позволяет задать новую парольную фразу. Больше никто не может ее открыть: без парольной фразы или этого ключа все данные будут утрачены.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/recovery_key_page.py" line="130" />
      <source>Keep the recovery key before closing: print it, save it as a PDF, or write it down and tick “I wrote it down”. Without it a forgotten passphrase loses every record.</source>
      <translation>Сохраните ключ восстановления перед закрытием: распечатайте его, сохраните в формате PDF или запишите и отметьте «Я записал(а) ключ». Без него при утрате парольной фразы все данные будут утрачены.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/recovery_key_page.py" line="151" />
      <source>Sent to the printer. Check that the sheet came out whole.</source>
      <translation>Отправлено на печать. Убедитесь, что лист распечатан полностью.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/recovery_key_page.py" line="157" />
      <source>Save the recovery key as a PDF</source>
      <translation>Сохранение ключа восстановления в формате PDF</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/recovery_key_page.py" line="159" />
      <source>PDF files (*.pdf)</source>
      <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/recovery_key_page.py" line="167" />
      <source>The PDF could not be written to {0}. Choose another folder.</source>
      <translation>Не удалось записать PDF в {0}. Выберите другую папку.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/recovery_key_page.py" line="172" />
      <source>Saved to {0}. Copy it to a USB stick or print it, and keep it away from this computer.</source>
      <translation>Сохранено в {0}. Скопируйте файл на USB-накопитель или распечатайте его и храните отдельно от этого компьютера.</translation>
    </message>
  </context>
  <context>
    <name>ReportLanguage</name>
    <message>
      <location filename="../../fieldapp/ui/report_language.py" line="19" />
      <source>Language of the report</source>
      <translation>Язык отчёта</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/report_language.py" line="22" />
      <source>The language the PDFs are written in. Certificates are in the event's own language unless one is picked here.</source>
      <translation>Язык, на котором составляются PDF. Сертификаты составляются на языке мероприятия, если язык не выбран здесь.</translation>
    </message>
  </context>
  <context>
    <name>ReportsPage</name>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="83" />
      <source>List participants' names under each event</source>
      <translation>Указывать имена участников по каждому мероприятию</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="84" />
      <source>Include participants' names</source>
      <translation>Включить имена участников</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="85" />
      <source>Period highlights (PDF)…</source>
      <translation>Основные итоги за период (PDF)…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="87" />
      <source>Period highlights</source>
      <translation>Основные итоги за период</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="89" />
      <source>Period</source>
      <translation>Период</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="98" />
      <source>Headline figures, breakdowns by country, outcome, programme and month, charts and the list of events held.</source>
      <translation>Ключевые показатели, разбивка по странам, конечным результатам, программам и месяцам, диаграммы и перечень проведенных мероприятий.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="107" />
      <location filename="../../fieldapp/ui/reports_page.py" line="113" />
      <source>Event</source>
      <translation>Мероприятие</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="109" />
      <source>List the people registered</source>
      <translation>Перечислить зарегистрированных участников</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="110" />
      <source>Include the people registered</source>
      <translation>Включить зарегистрированных участников</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="111" />
      <source>One event</source>
      <translation>Одно мероприятие</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="117" />
      <source>Event summary (PDF)…</source>
      <translation>Сводка по мероприятию (PDF)…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="118" />
      <source>Sign-in sheet (PDF)…</source>
      <translation>Лист регистрации (PDF)…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="119" />
      <source>Certificates (PDF)…</source>
      <translation>Сертификаты (PDF)…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="136" />
      <source>Language of the report</source>
      <translation>Язык отчёта</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="140" />
      <source>Spreadsheets</source>
      <translation>Электронные таблицы</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="142" />
      <source>What to export</source>
      <translation>Данные для экспорта</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="144" />
      <source>People</source>
      <translation>Лица</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="145" />
      <source>Events (of the period above)</source>
      <translation>Мероприятия (за указанный выше период)</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="146" />
      <source>Attendance (of the period above)</source>
      <translation>Участие (за указанный выше период)</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="147" />
      <source>Figures (of the period above)</source>
      <translation>Показатели (за указанный выше период)</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="151" />
      <location filename="../../fieldapp/ui/reports_page.py" line="358" />
      <source>Export</source>
      <translation>Экспорт</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="153" />
      <source>Export (XLSX or CSV)…</source>
      <translation>Экспорт (XLSX или CSV)…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="157" />
      <source>Import people…</source>
      <translation>Импорт лиц…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="214" />
      <source>Writing %1…</source>
      <translation>Запись: %1…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="233" />
      <source>Cancelled: nothing was written.</source>
      <translation>Отменено: ничего не записано.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="265" />
      <source>PDF files (*.pdf)</source>
      <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="275" />
      <source>Choose an event first (there is none yet).</source>
      <translation>Сначала выберите мероприятие (пока их нет).</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="289" />
      <source>Period report %1 %2</source>
      <translation>Отчет за период %1 %2</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="291" />
      <source>Save the period highlights</source>
      <translation>Сохранение основных итогов за период</translation>
    </message>
    <message numerus="yes">
      <location filename="../../fieldapp/ui/reports_page.py" line="300" />
      <source>%Ln individual(s) trained</source>
      <translation>
        <numerusform>%Ln обученное лицо</numerusform>
        <numerusform>%Ln обученных лица</numerusform>
        <numerusform>%Ln обученных лиц</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fieldapp/ui/reports_page.py" line="301" />
      <source>%Ln workshop(s) organized</source>
      <translation>
        <numerusform>%Ln семинар проведён</numerusform>
        <numerusform>%Ln семинара проведено</numerusform>
        <numerusform>%Ln семинаров проведено</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="303" />
      <source>Saved %1: %2, %3.</source>
      <translation>Сохранено: %1 (%2, %3).</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="309" />
      <source>the period highlights</source>
      <translation>основные итоги за период</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="312" />
      <source>Save the event summary</source>
      <translation>Сохранение сводки по мероприятию</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="312" />
      <source>Event summary</source>
      <translation>Сводка по мероприятию</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="318" />
      <source>the event summary</source>
      <translation>сводка по мероприятию</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="320" />
      <source>Saved %1.</source>
      <translation>Сохранено: %1.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="324" />
      <source>Save the sign-in sheet</source>
      <translation>Сохранение листа регистрации</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="324" />
      <source>Sign-in sheet</source>
      <translation>Лист регистрации</translation>
    </message>
    <message numerus="yes">
      <location filename="../../fieldapp/ui/reports_page.py" line="331" />
      <source>%Ln name(s) filled in</source>
      <translation>
        <numerusform>%Ln имя заполнено</numerusform>
        <numerusform>%Ln имени заполнено</numerusform>
        <numerusform>%Ln имён заполнено</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="332" />
      <source>Saved %1 (%2).</source>
      <translation>Сохранено: %1 (%2).</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="334" />
      <source>the sign-in sheet</source>
      <translation>лист регистрации</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="337" />
      <source>Save the certificates</source>
      <translation>Сохранение сертификатов</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="337" />
      <source>Certificates</source>
      <translation>Сертификаты</translation>
    </message>
    <message numerus="yes">
      <location filename="../../fieldapp/ui/reports_page.py" line="346" />
      <source>Saved %Ln certificate(s) to %1.</source>
      <translation>
        <numerusform>Сохранён %Ln сертификат в %1.</numerusform>
        <numerusform>Сохранено %Ln сертификата в %1.</numerusform>
        <numerusform>Сохранено %Ln сертификатов в %1.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="349" />
      <source>the certificates</source>
      <translation>сертификаты</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="358" />
      <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
      <translation>Книга Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
      <location filename="../../fieldapp/ui/reports_page.py" line="366" />
      <source>Saved %Ln row(s) to %1.</source>
      <translation>
        <numerusform>Сохранена %Ln строка в %1.</numerusform>
        <numerusform>Сохранено %Ln строки в %1.</numerusform>
        <numerusform>Сохранено %Ln строк в %1.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="369" />
      <source>the export</source>
      <translation>файл экспорта</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="373" />
      <source>Import people</source>
      <translation>Импорт лиц</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="375" />
      <source>Spreadsheets (*.xlsx *.csv *.txt)</source>
      <translation>Электронные таблицы (*.xlsx *.csv *.txt)</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="388" />
      <source>Reading %1…</source>
      <translation>Чтение: %1…</translation>
    </message>
    <message numerus="yes">
      <location filename="../../fieldapp/ui/reports_page.py" line="399" />
      <source>Added %Ln person(s)</source>
      <translation>
        <numerusform>Добавлен %Ln человек</numerusform>
        <numerusform>Добавлено %Ln человека</numerusform>
        <numerusform>Добавлено %Ln человек</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fieldapp/ui/reports_page.py" line="400" />
      <source>%Ln already in the registry</source>
      <translation>
        <numerusform>%Ln уже был в реестре</numerusform>
        <numerusform>%Ln уже были в реестре</numerusform>
        <numerusform>%Ln уже были в реестре</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../fieldapp/ui/reports_page.py" line="401" />
      <source>%Ln row(s) left out</source>
      <translation>
        <numerusform>%Ln строка пропущена</numerusform>
        <numerusform>%Ln строки пропущено</numerusform>
        <numerusform>%Ln строк пропущено</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="403" />
      <source>%1; %2; %3.</source>
      <translation>%1; %2; %3.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/reports_page.py" line="412" />
      <source>the people</source>
      <translation>список лиц</translation>
    </message>
  </context>
  <context>
    <name>RetentionOffer</name>
    <message>
      <location filename="../../fieldapp/ui/retention_offer.py" line="53" />
      <location filename="../../fieldapp/ui/retention_offer.py" line="121" />
      <source>Identities due for erasure</source>
      <translation>Данные, подлежащие обезличиванию</translation>
    </message>
    <message numerus="yes">
      <location filename="../../fieldapp/ui/retention_offer.py" line="56" />
      <source>%n people have had no event in {0} years.</source>
      <translation>
        <numerusform>%n человек не участвовал ни в одном мероприятии в течение установленного срока (лет: {0}).</numerusform>
        <numerusform>%n человека не участвовали ни в одном мероприятии в течение установленного срока (лет: {0}).</numerusform>
        <numerusform>%n человек не участвовали ни в одном мероприятии в течение установленного срока (лет: {0}).</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/retention_offer.py" line="60" />
      <source>Their identities are due for erasure under the office's policy.</source>
      <translation>Согласно политике отделения их данные подлежат обезличиванию.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/retention_offer.py" line="64" />
      <source>1 person has had no event in {0} years.</source>
      <translation>1 человек не участвовал ни в одном мероприятии в течение установленного срока (лет: {0}).</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/retention_offer.py" line="66" />
      <source>Their identity is due for erasure under the office's policy.</source>
      <translation>Согласно политике отделения его данные подлежат обезличиванию.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/retention_offer.py" line="72" />
      <source>People due for erasure</source>
      <translation>Лица, данные которых подлежат обезличиванию</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/retention_offer.py" line="74" />
      <source>Review…</source>
      <translation>Просмотреть…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/retention_offer.py" line="77" />
      <source>Erase now</source>
      <translation>Обезличить сейчас</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/retention_offer.py" line="80" />
      <source>Later</source>
      <translation>Позже</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/retention_offer.py" line="105" />
      <source>last event {0}</source>
      <translation>последнее мероприятие: {0}</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/retention_offer.py" line="107" />
      <source>no event</source>
      <translation>мероприятий нет</translation>
    </message>
    <message numerus="yes">
      <location filename="../../fieldapp/ui/retention_offer.py" line="124" />
      <source>Erase the identities of %n people? Their names, e-mails, phones, positions, birth years and notes are removed from this computer and, after the next sync, from HQ; their attendance stays as anonymous counts. This cannot be undone.</source>
      <translation>
        <numerusform>Обезличить данные %n лица? Имена, электронная почта, телефоны, должности, годы рождения и заметки будут удалены с этого компьютера, а после следующей синхронизации — и из штаб-квартиры; участие сохранится как обезличенный учёт. Это действие необратимо.</numerusform>
        <numerusform>Обезличить данные %n лиц? Имена, электронная почта, телефоны, должности, годы рождения и заметки будут удалены с этого компьютера, а после следующей синхронизации — и из штаб-квартиры; участие сохранится как обезличенный учёт. Это действие необратимо.</numerusform>
        <numerusform>Обезличить данные %n лиц? Имена, электронная почта, телефоны, должности, годы рождения и заметки будут удалены с этого компьютера, а после следующей синхронизации — и из штаб-квартиры; участие сохранится как обезличенный учёт. Это действие необратимо.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/retention_offer.py" line="132" />
      <source>Erase</source>
      <translation>Обезличить</translation>
    </message>
    <message numerus="yes">
      <location filename="../../fieldapp/ui/retention_offer.py" line="154" />
      <source>%n identities erased.</source>
      <translation>
        <numerusform>Обезличены данные %n лица.</numerusform>
        <numerusform>Обезличены данные %n лиц.</numerusform>
        <numerusform>Обезличены данные %n лиц.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/retention_offer.py" line="158" />
      <source>Close</source>
      <translation>Закрыть</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/retention_offer.py" line="174" />
      <source>Nothing was erased: {0}</source>
      <translation>Ничего не обезличено: {0}</translation>
    </message>
  </context>
  <context>
    <name>SamePersonBox</name>
    <message>
      <location filename="../../fieldapp/ui/same_person_box.py" line="41" />
      <source>Already in the registry?</source>
      <translation>Уже в реестре?</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/same_person_box.py" line="46" />
      <source>People who may be the same person</source>
      <translation>Возможно, это одно и то же лицо</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/same_person_box.py" line="51" />
      <source>Open this person</source>
      <translation>Открыть карточку лица</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/same_person_box.py" line="54" />
      <source>Save as a new person</source>
      <translation>Сохранить как новое лицо</translation>
    </message>
  </context>
  <context>
    <name>SettingsPage</name>
    <message>
      <location filename="../../fieldapp/ui/other_pages.py" line="77" />
      <source>This computer</source>
      <translation>Этот компьютер</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/other_pages.py" line="80" />
      <location filename="../../fieldapp/ui/other_pages.py" line="97" />
      <source>Language</source>
      <translation>Язык</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/other_pages.py" line="88" />
      <source> minutes</source>
      <translation> мин</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/other_pages.py" line="90" />
      <location filename="../../fieldapp/ui/other_pages.py" line="98" />
      <source>Lock after idle</source>
      <translation>Автоблокировка через</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/other_pages.py" line="93" />
      <source>Save settings</source>
      <translation>Сохранить настройки</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/other_pages.py" line="109" />
      <source>Saved.</source>
      <translation>Сохранено.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/other_pages.py" line="116" />
      <source>HQ</source>
      <translation>Штаб-квартира</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/other_pages.py" line="117" />
      <location filename="../../fieldapp/ui/other_pages.py" line="132" />
      <source>Not enrolled with HQ. Enroll on the Sync screen.</source>
      <translation>Нет регистрации в штаб-квартире. Зарегистрируйтесь на экране «Синхронизация».</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/other_pages.py" line="119" />
      <source>HQ address</source>
      <translation>Адрес штаб-квартиры</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/other_pages.py" line="130" />
      <source>Enrolled with {0}. The Sync screen shows the link and syncs.</source>
      <translation>Компьютер зарегистрирован в штаб-квартире ({0}). Состояние связи и синхронизация — на экране «Синхронизация».</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/other_pages.py" line="138" />
      <source>Passphrase and backups</source>
      <translation>Парольная фраза и резервные копии</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/other_pages.py" line="141" />
      <source>A backup is one encrypted file: it opens only with the passphrase (or the recovery key) valid when it was made. Keep one on a USB stick, away from this computer.</source>
      <translation>Резервная копия — это один зашифрованный файл: она открывается только парольной фразой (или ключом восстановления), действовавшей на момент ее создания. Храните одну копию на USB-накопителе отдельно от этого компьютера.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/other_pages.py" line="150" />
      <source>Change passphrase…</source>
      <translation>Изменить парольную фразу…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/other_pages.py" line="151" />
      <source>Back up now…</source>
      <translation>Создать резервную копию…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/other_pages.py" line="152" />
      <source>Verify a backup…</source>
      <translation>Проверить резервную копию…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/other_pages.py" line="153" />
      <source>Restore from a backup…</source>
      <translation>Восстановить из резервной копии…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/other_pages.py" line="181" />
      <source>Folder for the backup (a USB stick, say)</source>
      <translation>Папка для резервной копии (например, на USB-накопителе)</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/other_pages.py" line="188" />
      <source>Backing up, then checking the copy…</source>
      <translation>Создание резервной копии и проверка ее…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/other_pages.py" line="204" />
      <source>The backup {0} was written but does not read back whole: {1}</source>
      <translation>Резервная копия {0} записана, но не читается полностью: {1}</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/other_pages.py" line="209" />
      <source>Backup written and verified: {0}</source>
      <translation>Резервная копия записана и проверена: {0}</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/other_pages.py" line="213" />
      <source>No backup was made: {0}</source>
      <translation>Резервная копия не создана: {0}</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/other_pages.py" line="224" />
      <source>Backup to restore</source>
      <translation>Резервная копия для восстановления</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/other_pages.py" line="224" />
      <source>Backup to verify</source>
      <translation>Резервная копия для проверки</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/other_pages.py" line="226" />
      <source>Backups (*{0})</source>
      <translation>Резервные копии (*{0})</translation>
    </message>
  </context>
  <context>
    <name>SignatoryFields</name>
    <message>
      <location filename="../../fieldapp/ui/signatory_fields.py" line="20" />
      <source>Name, e.g. Dr Leila Haddad</source>
      <translation>Имя, напр., д-р Лейла Хаддад</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/signatory_fields.py" line="21" />
      <source>Certificates signed by: name</source>
      <translation>Подпись на сертификатах: имя</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/signatory_fields.py" line="25" />
      <source>Title, e.g. Head of Programme Office</source>
      <translation>Должность, напр., руководитель Программного отделения</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/signatory_fields.py" line="26" />
      <source>Certificates signed by: title</source>
      <translation>Подпись на сертификатах: должность</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/signatory_fields.py" line="27" />
      <source>Certificates signed by</source>
      <translation>Подпись на сертификатах</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/signatory_fields.py" line="30" />
      <source>Left blank, the line under the signature is left to write by hand.</source>
      <translation>Если оставить поле пустым, строку под подписью можно будет заполнить от руки.</translation>
    </message>
  </context>
  <context>
    <name>SubjectAccess</name>
    <message>
      <location filename="../../fieldapp/ui/subject_access.py" line="25" />
      <source>Save the subject access report</source>
      <translation>Сохранить отчёт для субъекта данных</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/subject_access.py" line="27" />
      <source>PDF files (*.pdf)</source>
      <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/subject_access.py" line="33" />
      <source>Saved {0}.</source>
      <translation>Сохранено: {0}.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/subject_access.py" line="37" />
      <source>Not saved: {0}</source>
      <translation>Не сохранено: {0}</translation>
    </message>
  </context>
  <context>
    <name>SyncPage</name>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="61" />
      <source>Enroll this laptop with HQ</source>
      <translation>Регистрация этого компьютера в штаб-квартире</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="64" />
      <source>HQ gives each office a single-use enrollment token. Enter HQ's address and the token; this laptop then sends its records to HQ, sealed so that only HQ can read them.</source>
      <translation>Штаб-квартира выдает каждому отделению одноразовый токен регистрации. Введите адрес штаб-квартиры и токен; после этого компьютер будет отправлять свои данные в штаб-квартиру в зашифрованном виде, так что прочитать их сможет только штаб-квартира.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="72" />
      <location filename="../../fieldapp/ui/sync_page.py" line="94" />
      <source>HQ address</source>
      <translation>Адрес штаб-квартиры</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="75" />
      <source>e.g. K7QX…</source>
      <translation>напр., K7QX…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="76" />
      <location filename="../../fieldapp/ui/sync_page.py" line="95" />
      <source>Enrollment token</source>
      <translation>Токен регистрации</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="80" />
      <source>Only if HQ uses its own certificate authority</source>
      <translation>Только если у штаб-квартиры собственный центр сертификации</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="81" />
      <location filename="../../fieldapp/ui/sync_page.py" line="96" />
      <location filename="../../fieldapp/ui/sync_page.py" line="250" />
      <source>HQ's certificate authority</source>
      <translation>Центр сертификации штаб-квартиры</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="82" />
      <source>Choose…</source>
      <translation>Выбрать…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="87" />
      <source>Enroll</source>
      <translation>Зарегистрировать</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="101" />
      <source>HQ</source>
      <translation>Штаб-квартира</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="107" />
      <source>Sync now</source>
      <translation>Синхронизировать</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="110" />
      <source>Copy to a folder (USB)…</source>
      <translation>Копировать в папку (USB)…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="113" />
      <source>Without a link: copy the sealed batches to a USB stick for HQ, and bring back HQ's answers found on it.</source>
      <translation>Без связи: скопировать зашифрованные пакеты на USB-накопитель для штаб-квартиры и загрузить находящиеся на нем ответы штаб-квартиры.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="123" />
      <source>Address</source>
      <translation>Адрес</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="124" />
      <source>Last contact</source>
      <translation>Последняя связь</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="125" />
      <source>Waiting</source>
      <translation>В ожидании</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="130" />
      <source>Quarantine: records HQ refused</source>
      <translation>Карантин: данные, отклоненные штаб-квартирой</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="132" />
      <source>Nothing in quarantine: HQ took every record it has answered for.</source>
      <translation>Карантин пуст: штаб-квартира приняла все данные, по которым дала ответ.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="136" />
      <source>Record</source>
      <translation>Запись</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="136" />
      <source>Kind</source>
      <translation>Тип</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="136" />
      <source>HQ's reason</source>
      <translation>Причина отказа</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="138" />
      <source>Records HQ refused</source>
      <translation>Отклоненные данные</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="148" />
      <source>Open to fix</source>
      <translation>Исправить</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="152" />
      <source>Fix the record and save it: the new version travels to HQ with the next sync, and leaves the quarantine once HQ accepts it. Nothing else waits for it.</source>
      <translation>Исправьте запись и сохраните ее: новая версия будет отправлена в штаб-квартиру при следующей синхронизации и выйдет из карантина, как только штаб-квартира ее примет. Ничто другое от нее не зависит.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="176" />
      <source>Syncing…</source>
      <translation>Синхронизация…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="178" />
      <source>Never reached yet.</source>
      <translation>Связи еще не было.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="180" />
      <source>HQ answered on {0}.</source>
      <translation>Штаб-квартира ответила {0}.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="183" />
      <source>Last try {0}: {1}</source>
      <translation>Последняя попытка {0}: {1}</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="195" />
      <source>Changes not yet confirmed by HQ: {0}. Sealed batches to deliver: {1}.</source>
      <translation>Изменений, еще не подтвержденных штаб-квартирой: {0}. Зашифрованных пакетов к доставке: {1}.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="198" />
      <source>Refused by HQ on {0}; its records will be sent again.</source>
      <translation>Отклонено штаб-квартирой {0}; содержащиеся в пакете данные будут отправлены повторно.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="231" />
      <source>HQ address: write it in full, starting with https://</source>
      <translation>Адрес штаб-квартиры: введите его полностью, начиная с https://</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="235" />
      <source>Enrollment token: ask HQ for one.</source>
      <translation>Токен регистрации: запросите его в штаб-квартире.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="238" />
      <source>Contacting HQ…</source>
      <translation>Связь со штаб-квартирой…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="252" />
      <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
      <translation>Сертификаты (*.pem *.crt *.cer);;Все файлы (*)</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="266" />
      <source>Folder on the USB stick</source>
      <translation>Папка на USB-накопителе</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="275" />
      <source>{0} answers from HQ brought back; {1} sealed batches copied to {2}.</source>
      <translation>Загружено ответов штаб-квартиры: {0}; скопировано зашифрованных пакетов: {1} (в {2}).</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="279" />
      <source>HQ refused {0} batches; their records will be sealed again.</source>
      <translation>Штаб-квартира отклонила пакеты ({0}); содержащиеся в них данные будут зашифрованы повторно.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="282" />
      <source>Left on the stick:</source>
      <translation>Оставлено на накопителе:</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="283" />
      <source>Copied</source>
      <translation>Скопировано</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/sync_page.py" line="286" />
      <source>Not copied</source>
      <translation>Не скопировано</translation>
    </message>
  </context>
  <context>
    <name>UnlockView</name>
    <message>
      <location filename="../../fieldapp/ui/unlock_view.py" line="42" />
      <source>The store is locked</source>
      <translation>База данных заблокирована</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/unlock_view.py" line="46" />
      <location filename="../../fieldapp/ui/unlock_view.py" line="47" />
      <source>Passphrase</source>
      <translation>Парольная фраза</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/unlock_view.py" line="49" />
      <source>Unlock</source>
      <translation>Разблокировать</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/unlock_view.py" line="55" />
      <source>Unlock message</source>
      <translation>Сообщение о разблокировке</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/unlock_view.py" line="56" />
      <source>Forgot the passphrase? Use the recovery key</source>
      <translation>Забыли парольную фразу? Воспользуйтесь ключом восстановления</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/unlock_view.py" line="66" />
      <source>Enter the passphrase to open the office's records.</source>
      <translation>Введите парольную фразу, чтобы открыть данные отделения.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/unlock_view.py" line="97" />
      <source>Opening…</source>
      <translation>Открытие…</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/unlock_view.py" line="120" />
      <source>That passphrase is not correct.</source>
      <translation>Парольная фраза неверна.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/unlock_view.py" line="121" />
      <source>Caps Lock seems to be on: it was typed all in capitals.</source>
      <translation>Похоже, включен Caps Lock: все введено заглавными буквами.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/unlock_view.py" line="123" />
      <source>Capitals count; check the keyboard's language too.</source>
      <translation>Регистр букв имеет значение; проверьте также раскладку клавиатуры.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/unlock_view.py" line="124" />
      <source>You can try again in {0} s.</source>
      <translation>Повторить попытку можно через {0} с.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/unlock_view.py" line="124" />
      <source>Try again.</source>
      <translation>Повторите попытку.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/unlock_view.py" line="125" />
      <source>Forgotten? Use the recovery key below.</source>
      <translation>Забыли? Воспользуйтесь ключом восстановления ниже.</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/unlock_view.py" line="130" />
      <source>The store could not be opened: {0}</source>
      <translation>Не удалось открыть базу данных: {0}</translation>
    </message>
  </context>
  <context>
    <name>Validation</name>
    <message>
      <source>is required.</source>
      <translation>обязательное поле.</translation>
    </message>
    <message>
      <source>“{value}” is not a known event type.</source>
      <translation>«{value}» — неизвестный вид мероприятия.</translation>
    </message>
    <message>
      <source>“{value}” is not a known modality.</source>
      <translation>«{value}» — неизвестный формат.</translation>
    </message>
    <message>
      <source>“{value}” is not a known status.</source>
      <translation>«{value}» — неизвестный статус.</translation>
    </message>
    <message>
      <source>“{value}” is not a country code (ISO 3166 alpha-3).</source>
      <translation>«{value}» не является кодом страны (ISO 3166 alpha-3).</translation>
    </message>
    <message>
      <source>“{value}” is not a known Compact working group.</source>
      <translation>«{value}» не является рабочей группой Глобального договора о координации.</translation>
    </message>
    <message>
      <source>“{value}” is not a results-framework outcome.</source>
      <translation>«{value}» не является конечным результатом из системы оценки результатов.</translation>
    </message>
    <message>
      <source>“{value}” is not a GCTS pillar.</source>
      <translation>«{value}» не является компонентом Глобальной контртеррористической стратегии.</translation>
    </message>
    <message>
      <source>“{value}” is not a known value (female, male, other, not recorded).</source>
      <translation>«{value}» — недопустимое значение (женский, мужской, другой, не указан).</translation>
    </message>
    <message>
      <source>“{value}” is not a known age band.</source>
      <translation>«{value}» — неизвестная возрастная группа.</translation>
    </message>
    <message>
      <source>“{value}” is not a known organization type.</source>
      <translation>«{value}» — неизвестный тип организации.</translation>
    </message>
    <message>
      <source>“{value}” is not a known role.</source>
      <translation>«{value}» — неизвестная роль.</translation>
    </message>
    <message>
      <source>cannot be below zero.</source>
      <translation>не может быть отрицательным.</translation>
    </message>
    <message>
      <source>is too long (at most {max_length} characters).</source>
      <translation>слишком длинное значение (не более {max_length} символов).</translation>
    </message>
    <message>
      <source>must be between 0 and 100 (got {value:g}).</source>
      <translation>должно быть от 0 до 100 (введено {value:g}).</translation>
    </message>
    <message>
      <source>must be from 1 to 5 (got {value}).</source>
      <translation>должно быть от 1 до 5 (введено {value}).</translation>
    </message>
    <message>
      <source>is {value:g}, but the event lasts {length} day(s).</source>
      <translation>равно {value:g}, но мероприятие длится {length} дн.</translation>
    </message>
    <message>
      <source>must be one tick (1) or no tick (0) per day of the event.</source>
      <translation>должно содержать одну отметку (1) или ни одной (0) на каждый день мероприятия.</translation>
    </message>
    <message>
      <source>has {n} day(s), but the event lasts {length} day(s).</source>
      <translation>содержит {n} дн., но мероприятие длится {length} дн.</translation>
    </message>
    <message>
      <source>is {value}, but {ticked:g} day(s) are ticked.</source>
      <translation>равно {value}, но отмечено дней: {ticked:g}.</translation>
    </message>
    <message>
      <source>{value} is not plausible for a trainee.</source>
      <translation>{value} — неправдоподобное значение для обучаемого.</translation>
    </message>
    <message>
      <source>“{value}” is not an e-mail address.</source>
      <translation>«{value}» не является адресом электронной почты.</translation>
    </message>
    <message>
      <source>“{value}” is not a phone number.</source>
      <translation>«{value}» не является номером телефона.</translation>
    </message>
    <message>
      <source>is required when consent was given.</source>
      <translation>обязательно, если согласие дано.</translation>
    </message>
    <message>
      <source>cannot be in the future.</source>
      <translation>не может быть в будущем.</translation>
    </message>
    <message>
      <source>this person is already registered at this event.</source>
      <translation>это лицо уже значится среди участников этого мероприятия.</translation>
    </message>
    <message>
      <source>{sex}, {band}: a head count cannot be below zero ({value}).</source>
      <translation>{sex}, {band}: результат подсчета не может быть отрицательным ({value}).</translation>
    </message>
    <message>
      <source>{sex}, {band}: {value} is more people than one event holds (at most {most}).</source>
      <translation>{sex}, {band}: {value} — больше, чем может быть участников одного мероприятия (не более {most}).</translation>
    </message>
    <message>
      <source>is more people than one event holds (at most {most}).</source>
      <translation>больше, чем может быть участников одного мероприятия (не более {most}).</translation>
    </message>
    <message>
      <source>must be a number of days from 0 to {most} (got {value}).</source>
      <translation>должно быть числом дней от 0 до {most} (введено {value}).</translation>
    </message>
    <message>
      <source>{sex}, {band} is counted {n} times; give it once.</source>
      <translation>{sex}, {band}: указано несколько раз ({n}); укажите один раз.</translation>
    </message>
    <message>
      <source>says {stated} people, but the head counts add up to {total}.</source>
      <translation>указано {stated} чел., но сумма подсчетов составляет {total}.</translation>
    </message>
    <message>
      <source>must be at least {n} characters long.</source>
      <translation>должно содержать не менее {n} символов.</translation>
    </message>
    <message>
      <source>is too easy to guess (about {guesses:,} guesses; strong means over 100,000,000). Use four or more unrelated words, e.g. “orbit copper meadow lantern” (but not this one), and not the office's name.</source>
      <translation>слишком легко подобрать (около {guesses:,} попыток; надежной считается фраза, для подбора которой требуется более 100 000 000 попыток). Используйте четыре или более не связанных между собой слова, например «орбита медь луг фонарь» (но не эти), и не используйте название отделения.</translation>
    </message>
    <message>
      <source>this event does not exist or was deleted.</source>
      <translation>это мероприятие не существует или было удалено.</translation>
    </message>
    <message>
      <source>this person is not in the registry.</source>
      <translation>это лицо отсутствует в реестре.</translation>
    </message>
    <message>
      <source>is not a date (use YYYY-MM-DD).</source>
      <translation>не является датой (используйте формат ГГГГ-ММ-ДД).</translation>
    </message>
    <message>
      <source>is not a whole number.</source>
      <translation>не является целым числом.</translation>
    </message>
    <message>
      <source>is not a number.</source>
      <translation>не является числом.</translation>
    </message>
    <message>
      <source>is not yes or no.</source>
      <translation>не «да» и не «нет».</translation>
    </message>
    <message>
      <source>must be at least {ge}.</source>
      <translation>должно быть не менее {ge}.</translation>
    </message>
    <message>
      <source>“{value}” is not a known country.</source>
      <translation>«{value}» — неизвестная страна.</translation>
    </message>
    <message>
      <source>is before the start date ({start}).</source>
      <translation>раньше даты начала ({start}).</translation>
    </message>
    <message>
      <source>cannot be “held”: the event starts on {start}, in the future.</source>
      <translation>не может иметь статус «проведено»: мероприятие начинается {start}, то есть в будущем.</translation>
    </message>
    <message>
      <source>“{value}” is not a legal basis (consent, public interest, legitimate interest, vital interest, legal obligation).</source>
      <translation>«{value}» не является правовым основанием (согласие, общественный интерес, законный интерес, жизненно важный интерес, обязанность по закону).</translation>
    </message>
    <message>
      <source>is required with a legal basis: the date it applies from.</source>
      <translation>обязательно при указании правового основания: дата, с которой оно применяется.</translation>
    </message>
    <message>
      <source>is given, but no legal basis is chosen.</source>
      <translation>указано, но правовое основание не выбрано.</translation>
    </message>
    <message>
      <source>is consent, but no consent was given: record when the person consented first.</source>
      <translation>указано согласие, но согласие не было дано: сначала внесите дату, когда лицо дало согласие.</translation>
    </message>
    <message>
      <source>cannot be withdrawn on {on}: no consent was given on or before it.</source>
      <translation>не может быть отозвано {on}: на эту дату или ранее согласие не давалось.</translation>
    </message>
    <message>
      <source>this person's identity was erased: nothing more is recorded about them.</source>
      <translation>данные этого лица обезличены: никакие сведения о нем больше не вносятся.</translation>
    </message>
  </context>
  <context>
    <name>parent</name>
    <message>
      <location filename="../../fieldapp/ui/crash.py" line="35" />
      <source>Something went wrong</source>
      <translation>Произошла ошибка</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/crash.py" line="38" />
      <source>The app met an error it did not expect. What was saved is safe; what you were typing may need to be saved again. Please report this to the help desk.</source>
      <translation>В программе произошла непредвиденная ошибка. Сохраненные данные в безопасности; введенные вами данные, возможно, придется сохранить еще раз. Просьба сообщить об этом в службу технической поддержки.</translation>
    </message>
  </context>
  <context>
    <name>window</name>
    <message>
      <location filename="../../fieldapp/ui/app.py" line="99" />
      <source>Field Office Data Collection</source>
      <translation>Сбор данных отделений на местах</translation>
    </message>
    <message>
      <location filename="../../fieldapp/ui/app.py" line="101" />
      <source>The store's key vault (vault.json) is missing from {0}, so the records cannot be opened. Nothing was changed. Put it back from any backup of this store with:

fieldapp backup restore-vault BACKUP-FILE

then open the store with the passphrase that was valid when that backup was made.</source>
      <translation>Хранилище ключей базы данных (vault.json) отсутствует в {0}, поэтому данные невозможно открыть. Ничего не изменено. Восстановите его из любой резервной копии этой базы данных командой:

fieldapp backup restore-vault BACKUP-FILE

затем откройте базу данных парольной фразой, действовавшей на момент создания этой резервной копии.</translation>
    </message>
  </context>
</TS>
<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
    <context>
        <name>AppShell</name>
        <message>
            <source>it is not a text file (it may be damaged)</source>
            <translation>no es un archivo de texto (puede estar dañado)</translation>
        </message>
        <message>
            <source>it could not be read</source>
            <translation>no se pudo leer</translation>
        </message>
        <message>
            <source>its format number is damaged</source>
            <translation>su número de formato está dañado</translation>
        </message>
        <message>
            <source>it was written by a newer version of HipFlex Desktop</source>
            <translation>lo escribió una versión más reciente de HipFlex Desktop</translation>
        </message>
        <message>
            <source>it holds values that make no sense ({detail})</source>
            <translation>contiene valores sin sentido ({detail})</translation>
        </message>
        <message>
            <source>Your settings file {file} was set aside because {reason}; the usual settings are used. The old file is kept as {kept}.</source>
            <translation>Se ha apartado tu archivo de ajustes {file} porque {reason}; se usan los ajustes habituales. El archivo antiguo se conserva como {kept}.</translation>
        </message>
        <message>
            <source>The data folder {folder} cannot be created ({reason}). Your settings and history will not be saved in this run.</source>
            <translation>No se puede crear la carpeta de datos {folder} ({reason}). Esta vez no se guardarán tus ajustes ni tu historial.</translation>
        </message>
        <message>
            <source>{problem} Update HipFlex Desktop to see and add to your history; this run records nothing.</source>
            <translation>{problem} Actualiza HipFlex Desktop para ver tu historial y seguir añadiendo sesiones; esta vez no se registra nada.</translation>
        </message>
        <message>
            <source>Your history cannot be used ({reason}).</source>
            <translation>No se puede usar tu historial ({reason}).</translation>
        </message>
        <message>
            <source>Your history file was damaged ({reason}). It was kept as {file} and a new history was started.</source>
            <translation>Tu archivo de historial estaba dañado ({reason}). Se ha guardado como {file} y se ha empezado un historial nuevo.</translation>
        </message>
        <message>
            <source>Your history cannot be opened ({reason}); this run records nothing.</source>
            <translation>No se puede abrir tu historial ({reason}); esta vez no se registra nada.</translation>
        </message>
        <message>
            <source>The pack you used last time, {file}, could not be opened; the built-in pack is used instead.</source>
            <translation>No se pudo abrir el paquete que usaste la última vez, {file}; se usa el paquete incluido.</translation>
        </message>
        <message>
            <source>Something needs your attention</source>
            <translation>Hay algo que debes saber</translation>
        </message>
        <message>
            <source>Your unfinished session cannot be read ({reason}).</source>
            <translation>No se puede leer tu sesión sin terminar ({reason}).</translation>
        </message>
        <message>
            <source>Unfinished session</source>
            <translation>Sesión sin terminar</translation>
        </message>
        <message>
            <source>Your unfinished session ({summary}) cannot be resumed: {reason}.</source>
            <translation>Tu sesión sin terminar ({summary}) no se puede reanudar: {reason}.</translation>
        </message>
        <message>
            <source>Something went wrong</source>
            <translation>Algo ha salido mal</translation>
        </message>
        <message>
            <source>The details were written to {file}. If it happens again, please send that file with your report.</source>
            <translation>Los detalles se han guardado en {file}. Si vuelve a pasar, envía ese archivo con tu informe.</translation>
        </message>
        <message>
            <source>The details could not be written to the log file.</source>
            <translation>No se pudieron guardar los detalles en el archivo de registro.</translation>
        </message>
        <message>
            <source>The details could not be written to the log file ({reason}).</source>
            <translation>No se pudieron guardar los detalles en el archivo de registro ({reason}).</translation>
        </message>
        <message>
            <source>{app} ran into a problem it did not expect. Your session is paused: press Space to carry on, or pick it up the next time you start.</source>
            <translation>{app} se ha encontrado con un problema inesperado. Tu sesión está en pausa: pulsa Espacio para seguir o retómala la próxima vez que abras la aplicación.</translation>
        </message>
        <message>
            <source>{app} ran into a problem it did not expect.</source>
            <translation>{app} se ha encontrado con un problema inesperado.</translation>
        </message>
        <message>
            <source>Resume your session: {summary}</source>
            <translation>Reanudar tu sesión: {summary}</translation>
        </message>
        <message>
            <source>Resume your session: {summary}?</source>
            <translation>¿Reanudar tu sesión: {summary}?</translation>
        </message>
        <message>
            <source>The step you were in starts again from its beginning.</source>
            <translation>El paso en el que estabas vuelve a empezar desde el principio.</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Continuar</translation>
        </message>
        <message>
            <source>Discard it</source>
            <translation>Descartarla</translation>
        </message>
        <message>
            <source>That session cannot be resumed: {reason}</source>
            <translation>Esa sesión no se puede reanudar: {reason}</translation>
        </message>
        <message>
            <source>The unfinished session could not be cleared ({reason}).</source>
            <translation>No se pudo borrar la sesión sin terminar ({reason}).</translation>
        </message>
        <message>
            <source>Spoken instructions are off in this run.</source>
            <translation>Las instrucciones habladas están desactivadas esta vez.</translation>
        </message>
        <message>
            <source>Speaking {language} with {engine}.</source>
            <translation>Hablando en {language} con {engine}.</translation>
        </message>
        <message>
            <source>Starting the speech engine…</source>
            <translation>Iniciando el motor de voz…</translation>
        </message>
        <message>
            <source>Spoken instructions are off.</source>
            <translation>Las instrucciones habladas están desactivadas.</translation>
        </message>
        <message>
            <source>Your step cannot be saved: the history is not available in this run.</source>
            <translation>No se puede guardar tu nivel: el historial no está disponible esta vez.</translation>
        </message>
        <message>
            <source>Your step could not be saved ({reason}).</source>
            <translation>No se pudo guardar tu nivel ({reason}).</translation>
        </message>
        <message>
            <source>The change of step could not be undone ({reason}).</source>
            <translation>No se pudo deshacer el cambio de nivel ({reason}).</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Cambios sin guardar</translation>
        </message>
        <message>
            <source>{title} has changes from last time that were not saved.</source>
            <translation>{title} tiene cambios de la última vez que no se guardaron.</translation>
        </message>
        <message>
            <source>Open them in the editor to look them over and save?</source>
            <translation>¿Abrirlos en el editor para revisarlos y guardarlos?</translation>
        </message>
        <message>
            <source>Open the changes</source>
            <translation>Abrir los cambios</translation>
        </message>
        <message>
            <source>Discard them</source>
            <translation>Descartarlos</translation>
        </message>
        <message>
            <source>Add to calendar</source>
            <translation>Añadir al calendario</translation>
        </message>
        <message>
            <source>Calendar files ({patterns})</source>
            <translation>Archivos de calendario ({patterns})</translation>
        </message>
        <message>
            <source>Hip-flexor session</source>
            <translation>Sesión de flexores de cadera</translation>
        </message>
        <message>
            <source>Your HipFlex Desktop routine: open the app and press Space to start.</source>
            <translation>Tu rutina de HipFlex Desktop: abre la aplicación y pulsa Espacio para empezar.</translation>
        </message>
        <message>
            <source>The calendar file could not be written ({reason}).</source>
            <translation>No se pudo escribir el archivo de calendario ({reason}).</translation>
        </message>
        <message>
            <source>Saved {file}: open it with your calendar app.</source>
            <translation>{file} guardado: ábrelo con tu aplicación de calendario.</translation>
        </message>
    </context>
    <context>
        <name>CountdownRing</name>
        <message>
            <source>Countdown</source>
            <translation>Cuenta atrás</translation>
        </message>
        <message>
            <source>{time} left</source>
            <translation>quedan {time}</translation>
        </message>
        <message>
            <source>{seconds} seconds left</source>
            <translation>quedan {seconds} segundos</translation>
        </message>
    </context>
    <context>
        <name>CueDirector</name>
        <message>
            <source>A guided exercise session is running</source>
            <translation>Hay una sesión de ejercicio guiada en curso</translation>
        </message>
    </context>
    <context>
        <name>EditorLanguages</name>
        <message>
            <source>{language}: {text}</source>
            <translation>{language}: {text}</translation>
        </message>
        <message>
            <source>{code} is listed already.</source>
            <translation>{code} ya está en la lista.</translation>
        </message>
        <message>
            <source>“{code}” is not a language code. Write one such as de, es or de-AT.</source>
            <translation>«{code}» no es un código de idioma. Escribe uno como de, es o de-AT.</translation>
        </message>
        <message>
            <source>Add the language {code}</source>
            <translation>Añadir el idioma {code}</translation>
        </message>
        <message>
            <source>Remove the language {code} and its texts</source>
            <translation>Quitar el idioma {code} y sus textos</translation>
        </message>
    </context>
    <context>
        <name>EditorPreview</name>
        <message>
            <source>Steps of the session</source>
            <translation>Pasos de la sesión</translation>
        </message>
        <message>
            <source>Problems and warnings:</source>
            <translation>Problemas y avisos:</translation>
        </message>
        <message>
            <source>Steps (as hipflex plan prints them):</source>
            <translation>Pasos (como los muestra hipflex plan):</translation>
        </message>
        <message>
            <source>Steps (as hipflex plan --language {code} prints them):</source>
            <translation>Pasos (tal como los muestra hipflex plan --language {code}):</translation>
        </message>
        <message numerus="yes">
            <source>%n problem(s) to fix before this routine can be used.</source>
            <translation>
                <numerusform>Hay %n problema que corregir antes de poder usar esta rutina.</numerusform>
                <numerusform>Hay %n problemas que corregir antes de poder usar esta rutina.</numerusform>
            </translation>
        </message>
        <message>
            <source>A session takes {length} at the routine's own settings.</source>
            <translation>Con los ajustes de la rutina, una sesión dura {length}.</translation>
        </message>
    </context>
    <context>
        <name>EditorProblems</name>
        <message>
            <source>Problems</source>
            <translation>Problemas</translation>
        </message>
    </context>
    <context>
        <name>EditorSaving</name>
        <message>
            <source>The routine was not saved</source>
            <translation>No se guardó la rutina</translation>
        </message>
        <message>
            <source>Saving would change what this file says: {lines} would read back differently. Write that part as plain “key: value” lines, then open the routine again.</source>
            <translation>Al guardar cambiaría lo que dice este archivo: {lines} se leería de otra forma. Escribe esa parte como líneas sencillas «clave: valor» y vuelve a abrir la rutina.</translation>
        </message>
        <message>
            <source>It could not be written ({reason}).</source>
            <translation>No se pudo escribir ({reason}).</translation>
        </message>
        <message numerus="yes">
            <source>%n line(s) you wrote will be saved in another layout, with the same values:</source>
            <translation>
                <numerusform>%n línea que escribiste se guardará con otra forma, con los mismos valores:</numerusform>
                <numerusform>%n líneas que escribiste se guardarán con otra forma, con los mismos valores:</numerusform>
            </translation>
        </message>
        <message>
            <source>Save anyway?</source>
            <translation>¿Guardar de todos modos?</translation>
        </message>
        <message>
            <source>Save with lines written anew?</source>
            <translation>¿Guardar con líneas escritas de nuevo?</translation>
        </message>
        <message>
            <source>line {number}: {text}</source>
            <translation>línea {number}: {text}</translation>
        </message>
        <message numerus="yes">
            <source>and %n more</source>
            <translation>
                <numerusform>y %n más</numerusform>
                <numerusform>y %n más</numerusform>
            </translation>
        </message>
        <message>
            <source>Save the changes?</source>
            <translation>¿Guardar los cambios?</translation>
        </message>
        <message>
            <source>{title} has changes that are not saved.</source>
            <translation>{title} tiene cambios sin guardar.</translation>
        </message>
    </context>
    <context>
        <name>ExerciseEdits</name>
        <message>
            <source>Change {field}</source>
            <translation>Cambiar {field}</translation>
        </message>
        <message>
            <source>Add to {field}</source>
            <translation>Añadir a {field}</translation>
        </message>
        <message>
            <source>Remove from {field}</source>
            <translation>Quitar de {field}</translation>
        </message>
        <message>
            <source>Move in {field}</source>
            <translation>Mover en {field}</translation>
        </message>
        <message>
            <source>Use the standard version's {field}</source>
            <translation>Usar lo de la versión normal: {field}</translation>
        </message>
        <message>
            <source>Add the easier form</source>
            <translation>Añadir la variante más fácil</translation>
        </message>
        <message>
            <source>Add the harder form</source>
            <translation>Añadir la variante más difícil</translation>
        </message>
        <message>
            <source>Remove the easier form</source>
            <translation>Quitar la variante más fácil</translation>
        </message>
        <message>
            <source>Remove the harder form</source>
            <translation>Quitar la variante más difícil</translation>
        </message>
        <message>
            <source>Choose a picture</source>
            <translation>Elegir una imagen</translation>
        </message>
        <message>
            <source>Pictures (*.svg *.png)</source>
            <translation>Imágenes (*.svg *.png)</translation>
        </message>
        <message>
            <source>This picture cannot be used</source>
            <translation>No se puede usar esta imagen</translation>
        </message>
        <message>
            <source>{name}: {reason}</source>
            <translation>{name}: {reason}</translation>
        </message>
        <message>
            <source>It could not be copied ({reason}).</source>
            <translation>No se pudo copiar ({reason}).</translation>
        </message>
    </context>
    <context>
        <name>ExerciseForm</name>
        <message>
            <source>alternate left and right</source>
            <translation>alternando izquierda y derecha</translation>
        </message>
        <message>
            <source>each side in turn</source>
            <translation>primero un lado, luego el otro</translation>
        </message>
        <message>
            <source>no sides</source>
            <translation>sin lados</translation>
        </message>
        <message>
            <source>Equipment</source>
            <translation>Material</translation>
        </message>
        <message>
            <source>Set-up steps</source>
            <translation>Pasos de preparación</translation>
        </message>
        <message>
            <source>Phases of one rep</source>
            <translation>Fases de una repetición</translation>
        </message>
        <message>
            <source>Form cues</source>
            <translation>Indicaciones de técnica</translation>
        </message>
        <message>
            <source>New item</source>
            <translation>Nuevo elemento</translation>
        </message>
        <message>
            <source>New step.</source>
            <translation>Nuevo paso.</translation>
        </message>
        <message>
            <source>New cue.</source>
            <translation>Nueva indicación.</translation>
        </message>
        <message>
            <source>equipment</source>
            <translation>material</translation>
        </message>
        <message>
            <source>set-up steps</source>
            <translation>pasos de preparación</translation>
        </message>
        <message>
            <source>phases</source>
            <translation>fases</translation>
        </message>
        <message>
            <source>form cues</source>
            <translation>indicaciones de técnica</translation>
        </message>
        <message>
            <source>Label of this version</source>
            <translation>Etiqueta de esta versión</translation>
        </message>
        <message>
            <source>When to choose this version</source>
            <translation>Cuándo elegir esta versión</translation>
        </message>
        <message>
            <source>Spoken form (optional)</source>
            <translation>Forma hablada (opcional)</translation>
        </message>
        <message>
            <source>When to choose this version, spoken form</source>
            <translation>Cuándo elegir esta versión, forma hablada</translation>
        </message>
        <message>
            <source>&amp;Label:</source>
            <translation>Etique&amp;ta:</translation>
        </message>
        <message>
            <source>When:</source>
            <translation>Cuándo:</translation>
        </message>
        <message>
            <source>Exercise id</source>
            <translation>Identificador del ejercicio</translation>
        </message>
        <message>
            <source>I&amp;d:</source>
            <translation>I&amp;dentificador:</translation>
        </message>
        <message>
            <source>Exercise name</source>
            <translation>Nombre del ejercicio</translation>
        </message>
        <message>
            <source>Exercise name, spoken form</source>
            <translation>Nombre del ejercicio, forma hablada</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nombre:</translation>
        </message>
        <message>
            <source>name</source>
            <translation>nombre</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>Objetivo</translation>
        </message>
        <message>
            <source>&amp;Purpose:</source>
            <translation>&amp;Objetivo:</translation>
        </message>
        <message>
            <source>purpose</source>
            <translation>objetivo</translation>
        </message>
        <message>
            <source>Sides</source>
            <translation>Lados</translation>
        </message>
        <message>
            <source>Si&amp;des:</source>
            <translation>&amp;Lados:</translation>
        </message>
        <message>
            <source>sides</source>
            <translation>lados</translation>
        </message>
        <message>
            <source>Picture</source>
            <translation>Imagen</translation>
        </message>
        <message>
            <source>C&amp;hoose picture…</source>
            <translation>&amp;Elegir imagen…</translation>
        </message>
        <message>
            <source>No picture</source>
            <translation>Sin imagen</translation>
        </message>
        <message>
            <source>Picture:</source>
            <translation>Imagen:</translation>
        </message>
        <message>
            <source>picture</source>
            <translation>imagen</translation>
        </message>
        <message>
            <source>This exercise has no easier version yet.</source>
            <translation>Este ejercicio aún no tiene una versión más fácil.</translation>
        </message>
        <message>
            <source>This exercise has no harder version yet.</source>
            <translation>Este ejercicio aún no tiene una versión más difícil.</translation>
        </message>
        <message>
            <source>&amp;Make an easier version</source>
            <translation>&amp;Crear una versión más fácil</translation>
        </message>
        <message>
            <source>&amp;Make a harder version</source>
            <translation>&amp;Crear una versión más difícil</translation>
        </message>
        <message>
            <source>Remove the easier version</source>
            <translation>Quitar la versión más fácil</translation>
        </message>
        <message>
            <source>Remove the harder version</source>
            <translation>Quitar la versión más difícil</translation>
        </message>
        <message>
            <source>{field}, same as the standard version</source>
            <translation>{field}, igual que en la versión normal</translation>
        </message>
        <message>
            <source>{version}: not made yet</source>
            <translation>{version}: aún no creada</translation>
        </message>
        <message>
            <source>{version}: {label}</source>
            <translation>{version}: {label}</translation>
        </message>
    </context>
    <context>
        <name>HistoryPage</name>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Hora</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Duración</translation>
        </message>
        <message>
            <source>Exercise</source>
            <translation>Ejercicio</translation>
        </message>
        <message>
            <source>Variant</source>
            <translation>Variante</translation>
        </message>
        <message>
            <source>Right</source>
            <translation>Derecha</translation>
        </message>
        <message>
            <source>Left</source>
            <translation>Izquierda</translation>
        </message>
        <message>
            <source>Finished</source>
            <translation>Completada</translation>
        </message>
        <message>
            <source>Stopped</source>
            <translation>Terminada antes</translation>
        </message>
        <message>
            <source>Interrupted</source>
            <translation>Interrumpida</translation>
        </message>
        <message>
            <source>Not finished yet</source>
            <translation>Aún sin terminar</translation>
        </message>
        <message>
            <source>←  Back</source>
            <translation>←  Atrás</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Atrás</translation>
        </message>
        <message>
            <source>Returns to the set-up page</source>
            <translation>Vuelve a la página de preparación</translation>
        </message>
        <message>
            <source>Back to set-up (Esc)</source>
            <translation>Volver a la preparación (Esc)</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Historial</translation>
        </message>
        <message>
            <source>Weekly goal</source>
            <translation>Objetivo semanal</translation>
        </message>
        <message>
            <source>Streak</source>
            <translation>Racha</translation>
        </message>
        <message>
            <source>This week</source>
            <translation>Esta semana</translation>
        </message>
        <message numerus="yes">
            <source>Last %n week(s)</source>
            <translation>
                <numerusform>Última semana</numerusform>
                <numerusform>Últimas %n semanas</numerusform>
            </translation>
        </message>
        <message>
            <source>Sessions per week</source>
            <translation>Sesiones por semana</translation>
        </message>
        <message>
            <source>Variant per exercise</source>
            <translation>Variante por ejercicio</translation>
        </message>
        <message>
            <source>About the variant chart</source>
            <translation>Sobre el gráfico de variantes</translation>
        </message>
        <message>
            <source>Step per exercise</source>
            <translation>Nivel por ejercicio</translation>
        </message>
        <message numerus="yes">
            <source>Sessions of the last %n week(s)</source>
            <translation>
                <numerusform>Sesiones de la última semana</numerusform>
                <numerusform>Sesiones de las últimas %n semanas</numerusform>
            </translation>
        </message>
        <message>
            <source>One row per exercise of each session, newest session first</source>
            <translation>Una fila por ejercicio de cada sesión, la más reciente primero</translation>
        </message>
        <message>
            <source>Column titles</source>
            <translation>Títulos de las columnas</translation>
        </message>
        <message numerus="yes">
            <source>No sessions in the last %n week(s).</source>
            <translation>
                <numerusform>No hay sesiones en la última semana.</numerusform>
                <numerusform>No hay sesiones en las últimas %n semanas.</numerusform>
            </translation>
        </message>
        <message>
            <source>No recent sessions</source>
            <translation>No hay sesiones recientes</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Detalles</translation>
        </message>
        <message>
            <source>No sessions yet…</source>
            <translation>Aún no hay sesiones…</translation>
        </message>
        <message numerus="yes">
            <source>Weekly goal: %n session(s) a week</source>
            <translation>
                <numerusform>Objetivo semanal: %n sesión por semana</numerusform>
                <numerusform>Objetivo semanal: %n sesiones por semana</numerusform>
            </translation>
        </message>
        <message>
            <source>History could not be opened</source>
            <translation>No se pudo abrir el historial</translation>
        </message>
        <message numerus="yes">
            <source>One dot per session, last %n week(s). Moving up means a harder variant.</source>
            <translation>
                <numerusform>Un punto por sesión, última semana. Más arriba significa una variante más difícil.</numerusform>
                <numerusform>Un punto por sesión, últimas %n semanas. Más arriba significa una variante más difícil.</numerusform>
            </translation>
        </message>
        <message>
            <source>{count} of {goal}</source>
            <comment>sessions this week of the goal</comment>
            <translation>{count} de {goal}</translation>
        </message>
        <message numerus="yes">
            <source>Goal met in {met} of %n week(s).</source>
            <translation>
                <numerusform>Objetivo cumplido en {met} de %n semana.</numerusform>
                <numerusform>Objetivo cumplido en {met} de %n semanas.</numerusform>
            </translation>
        </message>
        <message>
            <source>Finish a session and it will appear here: how many you did each week against your goal, your streak of weeks, and how each exercise has moved from easier to harder.</source>
            <translation>Termina una sesión y aparecerá aquí: cuántas hiciste cada semana frente a tu objetivo, tu racha de semanas y cómo ha pasado cada ejercicio de más fácil a más difícil.</translation>
        </message>
    </context>
    <context>
        <name>HistoryRecorder</name>
        <message>
            <source>Your history could not be saved ({reason}). The session carries on; what you do now may not be recorded.</source>
            <translation>No se pudo guardar tu historial ({reason}). La sesión continúa; puede que lo que hagas ahora no quede registrado.</translation>
        </message>
    </context>
    <context>
        <name>HistoryWords</name>
        <message>
            <source>d MMM</source>
            <comment>date format of a week's label: 3 Nov</comment>
            <translation>d MMM</translation>
        </message>
        <message>
            <source>ddd d MMM yyyy</source>
            <comment>date format: Mon 3 Nov 2025</comment>
            <translation>ddd, d MMM yyyy</translation>
        </message>
        <message numerus="yes">
            <source>%n session(s) a week</source>
            <translation>
                <numerusform>%n sesión por semana</numerusform>
                <numerusform>%n sesiones por semana</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>week meeting your goal of %n session(s) a week</source>
            <translation>
                <numerusform>semana cumpliendo tu objetivo de %n sesión por semana</numerusform>
                <numerusform>semana cumpliendo tu objetivo de %n sesiones por semana</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>weeks in a row meeting your goal of %n session(s) a week</source>
            <translation>
                <numerusform>semanas seguidas cumpliendo tu objetivo de %n sesión por semana</numerusform>
                <numerusform>semanas seguidas cumpliendo tu objetivo de %n sesiones por semana</numerusform>
            </translation>
        </message>
        <message>
            <source>Goal met — well done!</source>
            <translation>Objetivo cumplido: ¡buen trabajo!</translation>
        </message>
        <message numerus="yes">
            <source>Goal met — well done! %n session(s) more than planned.</source>
            <translation>
                <numerusform>Objetivo cumplido: ¡buen trabajo! %n sesión más de lo previsto.</numerusform>
                <numerusform>Objetivo cumplido: ¡buen trabajo! %n sesiones más de lo previsto.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n more to meet your goal.</source>
            <translation>
                <numerusform>Te falta %n para cumplir tu objetivo.</numerusform>
                <numerusform>Te faltan %n para cumplir tu objetivo.</numerusform>
            </translation>
        </message>
        <message>
            <source>This week already counts.</source>
            <translation>Esta semana ya cuenta.</translation>
        </message>
        <message numerus="yes">
            <source>%n more session(s) this week starts one.</source>
            <translation>
                <numerusform>Con %n sesión más esta semana empieza una racha.</numerusform>
                <numerusform>Con %n sesiones más esta semana empieza una racha.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n more session(s) this week keeps it going.</source>
            <translation>
                <numerusform>Con %n sesión más esta semana la racha sigue.</numerusform>
                <numerusform>Con %n sesiones más esta semana la racha sigue.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>finished session(s)</source>
            <translation>
                <numerusform>sesión completada</numerusform>
                <numerusform>sesiones completadas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Finished sessions per week for the last %n week(s)</source>
            <translation>
                <numerusform>Sesiones completadas por semana en la última semana</numerusform>
                <numerusform>Sesiones completadas por semana en las últimas %n semanas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>against your goal of %n session(s) a week.</source>
            <translation>
                <numerusform>frente a tu objetivo de %n sesión por semana.</numerusform>
                <numerusform>frente a tu objetivo de %n sesiones por semana.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n session(s) in all;</source>
            <translation>
                <numerusform>%n sesión en total;</numerusform>
                <numerusform>%n sesiones en total;</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>goal met in {met} of %n week(s).</source>
            <translation>
                <numerusform>objetivo cumplido en {met} de %n semana.</numerusform>
                <numerusform>objetivo cumplido en {met} de %n semanas.</numerusform>
            </translation>
        </message>
        <message>
            <source>{week}: {count} (goal met)</source>
            <translation>{week}: {count} (objetivo cumplido)</translation>
        </message>
        <message>
            <source>{week}: {count}</source>
            <translation>{week}: {count}</translation>
        </message>
        <message>
            <source>this week</source>
            <translation>esta semana</translation>
        </message>
        <message>
            <source>week of {date}</source>
            <translation>semana del {date}</translation>
        </message>
        <message>
            <source>This week</source>
            <translation>Esta semana</translation>
        </message>
        <message>
            <source>Week of {date}</source>
            <translation>Semana del {date}</translation>
        </message>
        <message numerus="yes">
            <source>%n finished session(s)</source>
            <translation>
                <numerusform>%n sesión completada</numerusform>
                <numerusform>%n sesiones completadas</numerusform>
            </translation>
        </message>
        <message>
            <source>goal met</source>
            <translation>objetivo cumplido</translation>
        </message>
        <message numerus="yes">
            <source>%n to go</source>
            <translation>
                <numerusform>falta %n</numerusform>
                <numerusform>faltan %n</numerusform>
            </translation>
        </message>
        <message>
            <source>goal {goal}</source>
            <translation>objetivo {goal}</translation>
        </message>
        <message>
            <source>{week}: {sessions} ({state})</source>
            <translation>{week}: {sessions} ({state})</translation>
        </message>
        <message>
            <source>{first} to {last}</source>
            <translation>del {first} al {last}</translation>
        </message>
        <message numerus="yes">
            <source>{variant} {when} (%n session(s))</source>
            <translation>
                <numerusform>{variant} {when} (%n sesión)</numerusform>
                <numerusform>{variant} {when} (%n sesiones)</numerusform>
            </translation>
        </message>
        <message>
            <source>{exercise}: no reps recorded in this period.</source>
            <translation>{exercise}: no hay repeticiones registradas en este periodo.</translation>
        </message>
        <message>
            <source>{exercise}: {runs}.</source>
            <translation>{exercise}: {runs}.</translation>
        </message>
        <message>
            <source>, then </source>
            <translation>; después, </translation>
        </message>
        <message>
            <source>{done} of {target}</source>
            <comment>reps done of the target</comment>
            <translation>{done} de {target}</translation>
        </message>
    </context>
    <context>
        <name>InheritNote</name>
        <message>
            <source>Use the standard's</source>
            <translation>Usar la normal</translation>
        </message>
        <message>
            <source>Use the standard version's {field}</source>
            <translation>Usar lo de la versión normal: {field}</translation>
        </message>
        <message>
            <source>Same as the standard version; a change makes it this version's own.</source>
            <translation>Igual que en la versión normal; si lo cambias, será propio de esta versión.</translation>
        </message>
        <message>
            <source>This version's own.</source>
            <translation>Propio de esta versión.</translation>
        </message>
    </context>
    <context>
        <name>KeyHelp</name>
        <message>
            <source>Space</source>
            <translation>Espacio</translation>
        </message>
        <message>
            <source>Start, pause or resume</source>
            <translation>Empezar, pausar o reanudar</translation>
        </message>
        <message>
            <source>→  Page Down</source>
            <translation>→  Av Pág</translation>
        </message>
        <message>
            <source>Next step</source>
            <translation>Siguiente paso</translation>
        </message>
        <message>
            <source>←  Page Up</source>
            <translation>←  Re Pág</translation>
        </message>
        <message>
            <source>Previous step</source>
            <translation>Paso anterior</translation>
        </message>
        <message>
            <source>Easier / harder variant of this exercise</source>
            <translation>Variante más fácil / más difícil de este ejercicio</translation>
        </message>
        <message>
            <source>Say the rep count</source>
            <translation>Decir el número de repetición</translation>
        </message>
        <message>
            <source>Sound on or off</source>
            <translation>Activar o silenciar el sonido</translation>
        </message>
        <message>
            <source>Full screen (focus view)</source>
            <translation>Pantalla completa (vista de concentración)</translation>
        </message>
        <message>
            <source>Esc</source>
            <translation>Esc</translation>
        </message>
        <message>
            <source>Leave full screen, or stop the session</source>
            <translation>Salir de la pantalla completa o terminar la sesión</translation>
        </message>
        <message>
            <source>Open a content pack</source>
            <translation>Abrir un paquete de contenido</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Historial</translation>
        </message>
        <message>
            <source>Routines</source>
            <translation>Rutinas</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Ajustes</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Salir</translation>
        </message>
        <message>
            <source>Show or hide this help</source>
            <translation>Mostrar u ocultar esta ayuda</translation>
        </message>
    </context>
    <context>
        <name>LadderSection</name>
        <message>
            <source>Ladder: the steps from week to week</source>
            <translation>Escalera: los pasos de semana en semana</translation>
        </message>
        <message>
            <source>Make it the routine's own</source>
            <translation>Hacerla propia de la rutina</translation>
        </message>
        <message>
            <source>Make the default ladder the routine's own, to change it</source>
            <translation>Hacer propia de la rutina la escalera predeterminada, para cambiarla</translation>
        </message>
        <message>
            <source>Use the default ladder</source>
            <translation>Usar la escalera predeterminada</translation>
        </message>
        <message>
            <source>Sessions done well to climb a step</source>
            <translation>Sesiones bien hechas para subir un paso</translation>
        </message>
        <message>
            <source>The step a person starts at</source>
            <translation>El paso con el que se empieza</translation>
        </message>
        <message>
            <source>Steps of the ladder</source>
            <translation>Pasos de la escalera</translation>
        </message>
        <message>
            <source>Sessions d&amp;one well to climb:</source>
            <translation>Sesiones bien &amp;hechas para subir:</translation>
        </message>
        <message>
            <source>&amp;Begin at step:</source>
            <translation>Empe&amp;zar en el paso:</translation>
        </message>
        <message>
            <source>The routine's own ladder. A person climbs one step after the sessions done well below, and steps back after as many that were too hard.</source>
            <translation>La escalera propia de la rutina. Tras las sesiones bien hechas que indicas abajo se sube un paso, y tras otras tantas demasiado duras se baja uno.</translation>
        </message>
        <message>
            <source>Default ladder built from the variants, the reps and the hold range. Make it the routine's own to change it.</source>
            <translation>Escalera predeterminada, creada a partir de las variantes, las repeticiones y el rango de mantenimiento. Hazla propia de la rutina para cambiarla.</translation>
        </message>
        <message>
            <source>Default ladder built from the variants, the reps and the hold range; it is shown once the routine's problems are fixed.</source>
            <translation>Escalera predeterminada, creada a partir de las variantes, las repeticiones y el rango de mantenimiento; se muestra cuando se hayan corregido los problemas de la rutina.</translation>
        </message>
        <message>
            <source> of {count}</source>
            <translation> de {count}</translation>
        </message>
        <message>
            <source>Change {field}</source>
            <translation>Cambiar {field}</translation>
        </message>
        <message>
            <source>Make the ladder the routine's own</source>
            <translation>Hacer propia la escalera</translation>
        </message>
        <message>
            <source>Add a step</source>
            <translation>Añadir un paso</translation>
        </message>
        <message>
            <source>Remove a step</source>
            <translation>Quitar un paso</translation>
        </message>
        <message>
            <source>Move a step</source>
            <translation>Mover un paso</translation>
        </message>
    </context>
    <context>
        <name>LadderSteps</name>
        <message>
            <source>Variant</source>
            <translation>Variante</translation>
        </message>
        <message>
            <source>Reps per side</source>
            <translation>Repeticiones por lado</translation>
        </message>
        <message>
            <source>Hold (s)</source>
            <translation>Mantener (s)</translation>
        </message>
        <message>
            <source>{level}: {label}</source>
            <translation>{level}: {label}</translation>
        </message>
        <message>
            <source>Variant of step {n}</source>
            <translation>Variante del paso {n}</translation>
        </message>
        <message>
            <source>Reps per side of step {n}</source>
            <translation>Repeticiones por lado del paso {n}</translation>
        </message>
        <message>
            <source>Hold of step {n} in seconds</source>
            <translation>Mantener en el paso {n}, en segundos</translation>
        </message>
        <message>
            <source>fixed</source>
            <translation>fijo</translation>
        </message>
        <message>
            <source>This form's holds have fixed seconds.</source>
            <translation>En esta forma, el mantenimiento dura unos segundos fijos.</translation>
        </message>
        <message>
            <source>From {low} to {high} seconds</source>
            <translation>De {low} a {high} segundos</translation>
        </message>
    </context>
    <context>
        <name>LanguageChoice</name>
        <message>
            <source>Language of the texts being edited</source>
            <translation>Idioma de los textos que editas</translation>
        </message>
        <message>
            <source>Te&amp;xts in:</source>
            <translation>Te&amp;xtos en:</translation>
        </message>
    </context>
    <context>
        <name>Languages</name>
        <message>
            <source>The {language} translation could not be loaded, so the window is in English.</source>
            <translation>No se pudo cargar la traducción ({language}), así que la ventana está en inglés.</translation>
        </message>
    </context>
    <context>
        <name>LanguagesField</name>
        <message>
            <source>Languages the routine is complete in</source>
            <translation>Idiomas en los que la rutina está completa</translation>
        </message>
        <message>
            <source>Code of a language to add</source>
            <translation>Código de un idioma para añadir</translation>
        </message>
        <message>
            <source>Code, e.g. de or es-MX</source>
            <translation>Código, p. ej. de o es-MX</translation>
        </message>
        <message>
            <source>Lan&amp;guage to add:</source>
            <translation>Idioma para añadi&amp;r:</translation>
        </message>
        <message>
            <source>Add language</source>
            <translation>Añadir idioma</translation>
        </message>
        <message>
            <source>Remove language</source>
            <translation>Quitar idioma</translation>
        </message>
        <message>
            <source>Remove the chosen language and its texts</source>
            <translation>Quitar el idioma elegido y sus textos</translation>
        </message>
        <message>
            <source>A text missing in one of these languages is shown as a warning at its field. Removing a language removes its texts.</source>
            <translation>Si a un texto le falta uno de estos idiomas, aparece un aviso junto a su campo. Al quitar un idioma se quitan también sus textos.</translation>
        </message>
        <message>
            <source>{language}: the routine's own</source>
            <translation>{language}: el propio de la rutina</translation>
        </message>
    </context>
    <context>
        <name>LevelNames</name>
        <message>
            <source>Easier</source>
            <translation>Más fácil</translation>
        </message>
        <message>
            <source>Standard</source>
            <translation>Normal</translation>
        </message>
        <message>
            <source>Harder</source>
            <translation>Más difícil</translation>
        </message>
    </context>
    <context>
        <name>ListField</name>
        <message>
            <source>Add</source>
            <translation>Añadir</translation>
        </message>
        <message>
            <source>Add to {name}</source>
            <translation>Añadir a {name}</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <source>Remove from {name}</source>
            <translation>Quitar de {name}</translation>
        </message>
        <message>
            <source>Up</source>
            <translation>Subir</translation>
        </message>
        <message>
            <source>Move up in {name}</source>
            <translation>Subir en {name}</translation>
        </message>
        <message>
            <source>Down</source>
            <translation>Bajar</translation>
        </message>
        <message>
            <source>Move down in {name}</source>
            <translation>Bajar en {name}</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Set-up</source>
            <translation>Preparación</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Resumen</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Teclas</translation>
        </message>
        <message>
            <source>{action} ({keys})</source>
            <translation>{action} ({keys})</translation>
        </message>
        <message>
            <source>&amp;Pause / Resume</source>
            <translation>&amp;Pausar / Reanudar</translation>
        </message>
        <message>
            <source>Start, pause or resume the session</source>
            <translation>Empezar, pausar o reanudar la sesión</translation>
        </message>
        <message>
            <source>Play</source>
            <translation>Reproducir</translation>
        </message>
        <message>
            <source>Start or resume the session</source>
            <translation>Empezar o reanudar la sesión</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pausa</translation>
        </message>
        <message>
            <source>Pause the session</source>
            <translation>Pausar la sesión</translation>
        </message>
        <message>
            <source>&amp;Next step</source>
            <translation>&amp;Siguiente paso</translation>
        </message>
        <message>
            <source>Skip to the next step</source>
            <translation>Saltar al siguiente paso</translation>
        </message>
        <message>
            <source>Pre&amp;vious step</source>
            <translation>Paso &amp;anterior</translation>
        </message>
        <message>
            <source>Go back one step</source>
            <translation>Volver un paso atrás</translation>
        </message>
        <message>
            <source>&amp;Easier variant</source>
            <translation>Variante más &amp;fácil</translation>
        </message>
        <message>
            <source>Switch this exercise to its easier variant</source>
            <translation>Pasar este ejercicio a su variante más fácil</translation>
        </message>
        <message>
            <source>&amp;Harder variant</source>
            <translation>Variante más &amp;difícil</translation>
        </message>
        <message>
            <source>Switch this exercise to its harder variant</source>
            <translation>Pasar este ejercicio a su variante más difícil</translation>
        </message>
        <message>
            <source>&amp;Restart exercise</source>
            <translation>&amp;Reiniciar ejercicio</translation>
        </message>
        <message>
            <source>Start this exercise again from its set-up</source>
            <translation>Volver a empezar este ejercicio desde la preparación</translation>
        </message>
        <message>
            <source>&amp;Stop session…</source>
            <translation>&amp;Terminar sesión…</translation>
        </message>
        <message>
            <source>Stop the session (asks first)</source>
            <translation>Terminar la sesión (pregunta antes)</translation>
        </message>
        <message>
            <source>&amp;Mute</source>
            <translation>Si&amp;lenciar</translation>
        </message>
        <message>
            <source>Turn sounds and voice off or on</source>
            <translation>Desactivar o activar sonidos y voz</translation>
        </message>
        <message>
            <source>&amp;Full screen</source>
            <translation>&amp;Pantalla completa</translation>
        </message>
        <message>
            <source>Full screen focus view</source>
            <translation>Vista de concentración a pantalla completa</translation>
        </message>
        <message>
            <source>Leave</source>
            <translation>Salir</translation>
        </message>
        <message>
            <source>Leave full screen, or stop the session</source>
            <translation>Salir de la pantalla completa o terminar la sesión</translation>
        </message>
        <message>
            <source>&amp;Keys</source>
            <translation>&amp;Teclas</translation>
        </message>
        <message>
            <source>Show the keys</source>
            <translation>Mostrar las teclas</translation>
        </message>
        <message>
            <source>&amp;Open pack…</source>
            <translation>&amp;Abrir paquete…</translation>
        </message>
        <message>
            <source>Open a content pack file</source>
            <translation>Abrir un archivo de paquete de contenido</translation>
        </message>
        <message>
            <source>Use the &amp;built-in pack</source>
            <translation>Usar el paquete &amp;incluido</translation>
        </message>
        <message>
            <source>Go back to the pack that comes with the app</source>
            <translation>Volver al paquete que trae la aplicación</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <source>Quit HipFlex Desktop</source>
            <translation>Salir de HipFlex Desktop</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>A&amp;justes…</translation>
        </message>
        <message>
            <source>Language, sound, voice, weekly goal and reminders</source>
            <translation>Idioma, sonido, voz, objetivo semanal y recordatorios</translation>
        </message>
        <message>
            <source>&amp;History</source>
            <translation>&amp;Historial</translation>
        </message>
        <message>
            <source>Your sessions, weeks and streak</source>
            <translation>Tus sesiones, semanas y racha</translation>
        </message>
        <message>
            <source>&amp;Routines…</source>
            <translation>&amp;Rutinas…</translation>
        </message>
        <message>
            <source>The built-in routine and your own: use, copy, share</source>
            <translation>La rutina incluida y las tuyas: usar, copiar, compartir</translation>
        </message>
        <message>
            <source>&amp;Import routine…</source>
            <translation>Im&amp;portar rutina…</translation>
        </message>
        <message>
            <source>Add a routine from a .hipflex or .yaml file to your routines</source>
            <translation>Añadir a tus rutinas una rutina de un archivo .hipflex o .yaml</translation>
        </message>
        <message>
            <source>Add to &amp;calendar…</source>
            <translation>Añadir al &amp;calendario…</translation>
        </message>
        <message>
            <source>Save your weekly schedule as a calendar file</source>
            <translation>Guardar tu plan semanal como archivo de calendario</translation>
        </message>
        <message>
            <source>Say the &amp;rep count</source>
            <translation>Decir el &amp;número de repetición</translation>
        </message>
        <message>
            <source>Hear which rep and side you are on</source>
            <translation>Escuchar en qué repetición y lado estás</translation>
        </message>
        <message>
            <source>&amp;About</source>
            <translation>Acerca &amp;de</translation>
        </message>
        <message>
            <source>About HipFlex Desktop</source>
            <translation>Acerca de HipFlex Desktop</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <source>&amp;Session</source>
            <translation>&amp;Sesión</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ver</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>A&amp;yuda</translation>
        </message>
        <message>
            <source>Stop the session?</source>
            <translation>¿Terminar la sesión?</translation>
        </message>
        <message>
            <source>Stop now? What you have done so far is kept.</source>
            <translation>¿Terminar ahora? Lo que has hecho hasta aquí se guarda.</translation>
        </message>
        <message>
            <source>Sound off</source>
            <translation>Sonido desactivado</translation>
        </message>
        <message>
            <source>Sound on</source>
            <translation>Sonido activado</translation>
        </message>
        <message>
            <source>About {app}</source>
            <translation>Acerca de {app}</translation>
        </message>
        <message>
            <source>{app} {version}

A guided hip-flexor strengthening session for runners.

Pack: {pack} {pack_version} by {author} ({licence}).</source>
            <translation>{app} {version}

Una sesión guiada para fortalecer los flexores de la cadera, pensada para corredores.

Paquete: {pack} {pack_version} de {author} ({licence}).</translation>
        </message>
        <message>
            <source>Session under way</source>
            <translation>Sesión en curso</translation>
        </message>
        <message>
            <source>Finish or stop the session before opening another pack.</source>
            <translation>Termina o detén la sesión antes de abrir otro paquete.</translation>
        </message>
        <message>
            <source>Opened {pack}</source>
            <translation>{pack} abierto</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more</source>
            <translation>
                <numerusform>… y %n más</numerusform>
                <numerusform>… y %n más</numerusform>
            </translation>
        </message>
        <message>
            <source>This pack cannot be used</source>
            <translation>Este paquete no se puede usar</translation>
        </message>
        <message numerus="yes">
            <source>{file} has %n problem(s). The current pack, {pack}, stays open.</source>
            <translation>
                <numerusform>{file} tiene %n problema. El paquete actual, {pack}, sigue abierto.</numerusform>
                <numerusform>{file} tiene %n problemas. El paquete actual, {pack}, sigue abierto.</numerusform>
            </translation>
        </message>
        <message>
            <source>Open a content pack</source>
            <translation>Abrir un paquete de contenido</translation>
        </message>
        <message>
            <source>Content packs ({patterns});;All files (*)</source>
            <translation>Paquetes de contenido ({patterns});;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Quit during the session?</source>
            <translation>¿Salir durante la sesión?</translation>
        </message>
        <message>
            <source>Quit now? Next time you can pick up where you left off.</source>
            <translation>¿Salir ahora? La próxima vez podrás seguir donde lo dejaste.</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Historial</translation>
        </message>
        <message>
            <source>Your history is not available in this run.</source>
            <translation>Tu historial no está disponible esta vez.</translation>
        </message>
        <message>
            <source>Finish or stop the session before changing routines.</source>
            <translation>Termina o detén la sesión antes de cambiar de rutina.</translation>
        </message>
        <message>
            <source>This routine cannot be edited</source>
            <translation>No se puede editar esta rutina</translation>
        </message>
        <message>
            <source>Saved {name}</source>
            <translation>{name} guardado</translation>
        </message>
    </context>
    <context>
        <name>MissingOutputs</name>
        <message>
            <source>No sound and no voice: no audio output and no speech engine were found. To hear the session: {command}</source>
            <translation>Sin sonido y sin voz: no se ha encontrado ninguna salida de audio ni ningún motor de voz. Para oír la sesión: {command}</translation>
        </message>
        <message>
            <source>No sound: no audio output was found. An audio server (PulseAudio or PipeWire) must run; on Debian and Ubuntu: {command}</source>
            <translation>Sin sonido: no se ha encontrado ninguna salida de audio. Tiene que estar en marcha un servidor de audio (PulseAudio o PipeWire); en Debian y Ubuntu: {command}</translation>
        </message>
        <message>
            <source>No voice: no speech engine was found. To hear spoken instructions: {command}</source>
            <translation>Sin voz: no se ha encontrado ningún motor de voz. Para oír las instrucciones en voz alta: {command}</translation>
        </message>
    </context>
    <context>
        <name>PeriodChart</name>
        <message>
            <source>No exercises to show.</source>
            <translation>No hay ejercicios que mostrar.</translation>
        </message>
        <message>
            <source>From {start} to {end}.</source>
            <translation>Del {start} al {end}.</translation>
        </message>
    </context>
    <context>
        <name>PhaseField</name>
        <message>
            <source>move</source>
            <translation>mover</translation>
        </message>
        <message>
            <source>hold</source>
            <translation>mantener</translation>
        </message>
        <message>
            <source>return</source>
            <translation>volver</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Texto</translation>
        </message>
        <message>
            <source>Spoken form</source>
            <translation>Forma hablada</translation>
        </message>
        <message>
            <source>Seconds</source>
            <translation>Segundos</translation>
        </message>
        <message>
            <source>Kind of phase {n}</source>
            <translation>Tipo de la fase {n}</translation>
        </message>
        <message>
            <source>Longest hold of phase {n} the person may choose</source>
            <translation>Sostén más largo que se puede elegir en la fase {n}</translation>
        </message>
        <message>
            <source>Seconds of phase {n}</source>
            <translation>Segundos de la fase {n}</translation>
        </message>
    </context>
    <context>
        <name>PhaseLength</name>
        <message>
            <source>hold setting</source>
            <translation>según ajustes</translation>
        </message>
        <message>
            <source>to </source>
            <translation>hasta </translation>
        </message>
        <message>
            <source>fixed</source>
            <translation>fijo</translation>
        </message>
        <message>
            <source>The longest hold the person may choose; "fixed": the hold lasts the seconds given</source>
            <translation>El sostén más largo que se puede elegir; «fijo»: el sostén dura los segundos indicados</translation>
        </message>
    </context>
    <context>
        <name>PhaseWords</name>
        <message>
            <source>GET READY</source>
            <translation>PREPÁRATE</translation>
        </message>
        <message>
            <source>LIFT</source>
            <translation>SUBE</translation>
        </message>
        <message>
            <source>HOLD</source>
            <translation>AGUANTA</translation>
        </message>
        <message>
            <source>LOWER</source>
            <translation>BAJA</translation>
        </message>
        <message>
            <source>SWITCH SIDES</source>
            <translation>CAMBIA DE LADO</translation>
        </message>
        <message>
            <source>REST</source>
            <translation>DESCANSA</translation>
        </message>
    </context>
    <context>
        <name>PictureView</name>
        <message>
            <source>Exercise picture</source>
            <translation>Imagen del ejercicio</translation>
        </message>
        <message>
            <source>Picture not shown: {problem}</source>
            <translation>Imagen no mostrada: {problem}</translation>
        </message>
        <message>
            <source>Picture not shown
{reason}.</source>
            <translation>Imagen no mostrada
{reason}.</translation>
        </message>
    </context>
    <context>
        <name>ReminderService</name>
        <message>
            <source>Time for your hip-flexor session</source>
            <translation>Es hora de tu sesión de flexores de cadera</translation>
        </message>
        <message>
            <source>A few minutes now keeps your weekly routine going.</source>
            <translation>Unos minutos ahora mantienen viva tu rutina semanal.</translation>
        </message>
        <message>
            <source>No system tray was found on this desktop: the app cannot stay in the tray, and reminders appear only while the window is open.</source>
            <translation>Este escritorio no tiene bandeja del sistema: la aplicación no puede quedarse en ella y los recordatorios solo aparecen mientras la ventana está abierta.</translation>
        </message>
        <message>
            <source>Open HipFlex Desktop</source>
            <translation>Abrir HipFlex Desktop</translation>
        </message>
        <message>
            <source>Start a session</source>
            <translation>Empezar una sesión</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Salir</translation>
        </message>
    </context>
    <context>
        <name>ResumeSummary</name>
        <message>
            <source>right side</source>
            <translation>lado derecho</translation>
        </message>
        <message>
            <source>left side</source>
            <translation>lado izquierdo</translation>
        </message>
        <message>
            <source>rep {rep} of {reps}</source>
            <translation>repetición {rep} de {reps}</translation>
        </message>
        <message>
            <source>getting ready</source>
            <translation>preparándote</translation>
        </message>
        <message>
            <source>resting</source>
            <translation>descansando</translation>
        </message>
        <message>
            <source>set {set} of {sets}</source>
            <translation>serie {set} de {sets}</translation>
        </message>
    </context>
    <context>
        <name>RoutineEditor</name>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Guardar</translation>
        </message>
        <message>
            <source>&amp;Try it</source>
            <translation>&amp;Probar</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Cerrar</translation>
        </message>
        <message>
            <source>Parts of the routine</source>
            <translation>Partes de la rutina</translation>
        </message>
        <message>
            <source>&amp;Add exercise</source>
            <translation>&amp;Añadir ejercicio</translation>
        </message>
        <message>
            <source>Add an exercise (Ctrl+Shift+A)</source>
            <translation>Añadir un ejercicio (Ctrl+Mayús+A)</translation>
        </message>
        <message>
            <source>&amp;Remove exercise</source>
            <translation>&amp;Quitar ejercicio</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>S&amp;ubir</translation>
        </message>
        <message>
            <source>Move do&amp;wn</source>
            <translation>&amp;Bajar</translation>
        </message>
        <message>
            <source>Add an exercise</source>
            <translation>Añadir un ejercicio</translation>
        </message>
        <message>
            <source>Remove an exercise</source>
            <translation>Quitar un ejercicio</translation>
        </message>
        <message>
            <source>Move an exercise</source>
            <translation>Mover un ejercicio</translation>
        </message>
        <message>
            <source>Untitled routine</source>
            <translation>Rutina sin título</translation>
        </message>
        <message>
            <source>Editing {title}</source>
            <translation>Editando {title}</translation>
        </message>
        <message>
            <source>Routine: title, introduction, settings</source>
            <translation>Rutina: título, introducción, ajustes</translation>
        </message>
        <message>
            <source>{n}. {name}</source>
            <translation>{n}. {name}</translation>
        </message>
    </context>
    <context>
        <name>RoutineForm</name>
        <message>
            <source>Reps per side</source>
            <translation>Repeticiones por lado</translation>
        </message>
        <message>
            <source>Sets</source>
            <translation>Series</translation>
        </message>
        <message>
            <source>Hold (s)</source>
            <translation>Mantener (s)</translation>
        </message>
        <message>
            <source>Rest (s)</source>
            <translation>Descanso (s)</translation>
        </message>
        <message>
            <source>Lead-in (s)</source>
            <translation>Preparación (s)</translation>
        </message>
        <message>
            <source>Switch sides (s)</source>
            <translation>Cambio de lado (s)</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Título:</translation>
        </message>
        <message>
            <source>Introduction</source>
            <translation>Introducción</translation>
        </message>
        <message>
            <source>&amp;Introduction:</source>
            <translation>&amp;Introducción:</translation>
        </message>
        <message>
            <source>Id</source>
            <translation>Identificador</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Versión</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>Autor</translation>
        </message>
        <message>
            <source>Licence</source>
            <translation>Licencia</translation>
        </message>
        <message>
            <source>Shortest hold the person may choose</source>
            <translation>Mantenimiento más corto que se puede elegir</translation>
        </message>
        <message>
            <source>Longest hold the person may choose</source>
            <translation>Mantenimiento más largo que se puede elegir</translation>
        </message>
        <message>
            <source>to</source>
            <translation>a</translation>
        </message>
        <message>
            <source>Hold range (s):</source>
            <translation>Rango de mantenimiento (s):</translation>
        </message>
        <message>
            <source>right</source>
            <translation>derecho</translation>
        </message>
        <message>
            <source>left</source>
            <translation>izquierdo</translation>
        </message>
        <message>
            <source>First side</source>
            <translation>Primer lado</translation>
        </message>
        <message>
            <source>First side:</source>
            <translation>Primer lado:</translation>
        </message>
        <message>
            <source>Note on these settings</source>
            <translation>Comentario sobre estos ajustes</translation>
        </message>
        <message>
            <source>Optional: which of these numbers are your own choices rather than your source's</source>
            <translation>Opcional: qué valores has elegido tú y cuáles vienen de tu fuente</translation>
        </message>
        <message>
            <source>N&amp;ote:</source>
            <translation>Co&amp;mentario:</translation>
        </message>
        <message>
            <source>Suggested settings</source>
            <translation>Ajustes sugeridos</translation>
        </message>
        <message>
            <source>Spoken form (optional)</source>
            <translation>Forma hablada (opcional)</translation>
        </message>
        <message>
            <source>{label}, spoken form</source>
            <translation>{label}, forma hablada</translation>
        </message>
        <message>
            <source>Change {field}</source>
            <translation>Cambiar {field}</translation>
        </message>
    </context>
    <context>
        <name>RoutinesPage</name>
        <message>
            <source>Routines</source>
            <translation>Rutinas</translation>
        </message>
        <message>
            <source>The routine that comes with the app and your own. Duplicate one to change it; share one as a single .hipflex file.</source>
            <translation>La rutina que viene con la aplicación y las tuyas. Duplica una para cambiarla; comparte una como un solo archivo .hipflex.</translation>
        </message>
        <message>
            <source>Routine</source>
            <translation>Rutina</translation>
        </message>
        <message>
            <source>Length</source>
            <translation>Duración</translation>
        </message>
        <message>
            <source>Exercises</source>
            <translation>Ejercicios</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>&amp;Use for a session</source>
            <translation>&amp;Usar en una sesión</translation>
        </message>
        <message>
            <source>Ne&amp;w…</source>
            <translation>&amp;Nueva…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Editar…</translation>
        </message>
        <message>
            <source>&amp;Duplicate</source>
            <translation>&amp;Duplicar</translation>
        </message>
        <message>
            <source>Re&amp;name…</source>
            <translation>Cambiar no&amp;mbre…</translation>
        </message>
        <message>
            <source>De&amp;lete</source>
            <translation>&amp;Borrar</translation>
        </message>
        <message>
            <source>Und&amp;o delete</source>
            <translation>Deshacer b&amp;orrado</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Importar…</translation>
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation>E&amp;xportar…</translation>
        </message>
        <message>
            <source>Save the routine as a .hipflex file to share (Ctrl+Shift+S)</source>
            <translation>Guardar la rutina como archivo .hipflex para compartirla (Ctrl+Mayús+S)</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>&amp;Volver</translation>
        </message>
        <message>
            <source>{title} (built in, read-only)</source>
            <translation>{title} (incluida, solo lectura)</translation>
        </message>
        <message>
            <source>Ready</source>
            <translation>Lista</translation>
        </message>
        <message numerus="yes">
            <source>Ready, %n warning(s)</source>
            <translation>
                <numerusform>Lista, %n aviso</numerusform>
                <numerusform>Lista, %n avisos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n problem(s)</source>
            <translation>
                <numerusform>%n problema</numerusform>
                <numerusform>%n problemas</numerusform>
            </translation>
        </message>
        <message>
            <source>… and {count} more</source>
            <translation>… y {count} más</translation>
        </message>
        <message>
            <source>The routine was not copied</source>
            <translation>No se copió la rutina</translation>
        </message>
        <message>
            <source>The built-in routine is read-only: you are editing {title}</source>
            <translation>La rutina incluida es de solo lectura: estás editando {title}</translation>
        </message>
        <message>
            <source>The routine was not duplicated</source>
            <translation>No se duplicó la rutina</translation>
        </message>
        <message>
            <source>Made {title}</source>
            <translation>{title} creada</translation>
        </message>
        <message>
            <source>Rename routine</source>
            <translation>Cambiar el nombre de la rutina</translation>
        </message>
        <message>
            <source>New title:</source>
            <translation>Nuevo título:</translation>
        </message>
        <message>
            <source>The routine was not renamed</source>
            <translation>No se cambió el nombre de la rutina</translation>
        </message>
        <message>
            <source>Renamed to {title}</source>
            <translation>Ahora se llama {title}</translation>
        </message>
        <message>
            <source>The routine was not deleted</source>
            <translation>No se borró la rutina</translation>
        </message>
        <message>
            <source>Deleted {title}. Undo delete (Ctrl+Z) brings it back.</source>
            <translation>{title} borrada. Deshacer borrado (Ctrl+Z) la recupera.</translation>
        </message>
        <message>
            <source>The routine was not brought back</source>
            <translation>No se recuperó la rutina</translation>
        </message>
        <message>
            <source>Brought back {title}</source>
            <translation>{title} se ha recuperado</translation>
        </message>
        <message>
            <source>Import a routine</source>
            <translation>Importar una rutina</translation>
        </message>
        <message>
            <source>HipFlex routines (*.hipflex *.yaml *.yml);;All files (*)</source>
            <translation>Rutinas de HipFlex (*.hipflex *.yaml *.yml);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>This routine cannot be imported</source>
            <translation>No se puede importar esta rutina</translation>
        </message>
        <message>
            <source>{name} was not imported; nothing was written.</source>
            <translation>{name} no se importó; no se ha escrito nada.</translation>
        </message>
        <message>
            <source>Imported {title}</source>
            <translation>{title} importada</translation>
        </message>
        <message>
            <source>Export routine</source>
            <translation>Exportar rutina</translation>
        </message>
        <message>
            <source>HipFlex routines (*.hipflex)</source>
            <translation>Rutinas de HipFlex (*.hipflex)</translation>
        </message>
        <message>
            <source>The routine was not exported</source>
            <translation>No se exportó la rutina</translation>
        </message>
        <message>
            <source>Saved {name}: send it to share {title}</source>
            <translation>{name} guardado: envíalo para compartir {title}</translation>
        </message>
    </context>
    <context>
        <name>ScreenSaverInhibitor</name>
        <message>
            <source>not asked yet</source>
            <translation>aún no se ha solicitado</translation>
        </message>
        <message>
            <source>keeping the screen awake is not supported on this system</source>
            <translation>este sistema no permite mantener la pantalla encendida</translation>
        </message>
        <message>
            <source>no D-Bus session bus: the screen may blank during a session</source>
            <translation>no hay bus de sesión D-Bus: puede que la pantalla se apague durante una sesión</translation>
        </message>
        <message>
            <source>this desktop has no screensaver service to keep awake</source>
            <translation>este escritorio no tiene un servicio de salvapantallas al que pedírselo</translation>
        </message>
        <message>
            <source>the screensaver could not be asked: {reason}</source>
            <translation>no se pudo consultar al salvapantallas: {reason}</translation>
        </message>
        <message>
            <source>the screensaver gave no cookie</source>
            <translation>el salvapantallas no dio confirmación</translation>
        </message>
        <message>
            <source>keeping the screen awake</source>
            <translation>la pantalla se mantiene encendida</translation>
        </message>
        <message>
            <source>released</source>
            <translation>liberada</translation>
        </message>
    </context>
    <context>
        <name>SessionController</name>
        <message>
            <source>No easier variant of {exercise}</source>
            <translation>No hay una variante más fácil de {exercise}</translation>
        </message>
        <message>
            <source>No harder variant of {exercise}</source>
            <translation>No hay una variante más difícil de {exercise}</translation>
        </message>
    </context>
    <context>
        <name>SessionPage</name>
        <message>
            <source>Paused — press Space to resume</source>
            <translation>En pausa: pulsa Espacio para continuar</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Sesión</translation>
        </message>
        <message>
            <source>The exercise</source>
            <translation>El ejercicio</translation>
        </message>
        <message>
            <source>Which exercise of the session</source>
            <translation>Qué ejercicio de la sesión</translation>
        </message>
        <message>
            <source>What to do now</source>
            <translation>Qué hacer ahora</translation>
        </message>
        <message>
            <source>How to do this step</source>
            <translation>Cómo hacer este paso</translation>
        </message>
        <message>
            <source>What to watch</source>
            <translation>En qué fijarte</translation>
        </message>
        <message>
            <source>Rep and set</source>
            <translation>Repetición y serie</translation>
        </message>
        <message>
            <source>What comes next</source>
            <translation>Qué viene después</translation>
        </message>
        <message>
            <source>Time left in the session</source>
            <translation>Tiempo restante de la sesión</translation>
        </message>
        <message>
            <source>Session time left</source>
            <translation>Tiempo restante de la sesión</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Atrás</translation>
        </message>
        <message>
            <source>Left / Page Up</source>
            <translation>Flecha izquierda / Re Pág</translation>
        </message>
        <message>
            <source>Go back one step</source>
            <translation>Volver un paso atrás</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pausa</translation>
        </message>
        <message>
            <source>Space</source>
            <translation>Espacio</translation>
        </message>
        <message>
            <source>Pause or resume the session</source>
            <translation>Pausar o reanudar la sesión</translation>
        </message>
        <message>
            <source>Skip</source>
            <translation>Saltar</translation>
        </message>
        <message>
            <source>Right / Page Down</source>
            <translation>Flecha derecha / Av Pág</translation>
        </message>
        <message>
            <source>Skip to the next step</source>
            <translation>Saltar al siguiente paso</translation>
        </message>
        <message>
            <source>Easier</source>
            <translation>Más fácil</translation>
        </message>
        <message>
            <source>Switch to the easier variant of this exercise</source>
            <translation>Cambiar a la variante más fácil de este ejercicio</translation>
        </message>
        <message>
            <source>Harder</source>
            <translation>Más difícil</translation>
        </message>
        <message>
            <source>Switch to the harder variant of this exercise</source>
            <translation>Cambiar a la variante más difícil de este ejercicio</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Terminar</translation>
        </message>
        <message>
            <source>Esc</source>
            <translation>Esc</translation>
        </message>
        <message>
            <source>Stop the session (asks first)</source>
            <translation>Terminar la sesión (pregunta antes)</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Mensaje</translation>
        </message>
        <message>
            <source>{action} ({keys})</source>
            <translation>{action} ({keys})</translation>
        </message>
        <message>
            <source>{action}. Key: {keys}</source>
            <translation>{action}. Tecla: {keys}</translation>
        </message>
        <message>
            <source>{number} of {count}</source>
            <comment>exercise</comment>
            <translation>{number} de {count}</translation>
        </message>
        <message>
            <source>Exercise {number} of {count}</source>
            <translation>Ejercicio {number} de {count}</translation>
        </message>
        <message>
            <source>Step {step} of {steps}</source>
            <comment>the exercise's step on its ladder</comment>
            <translation>Nivel {step} de {steps}</translation>
        </message>
        <message>
            <source>{phase}, {seconds}</source>
            <translation>{phase}, {seconds}</translation>
        </message>
        <message>
            <source>{rest}. Next: {name}.</source>
            <translation>{rest}. A continuación: {name}.</translation>
        </message>
        <message>
            <source>Exercise {number} of {count}: {name}</source>
            <translation>Ejercicio {number} de {count}: {name}</translation>
        </message>
        <message>
            <source>Right side</source>
            <translation>Lado derecho</translation>
        </message>
        <message>
            <source>Left side</source>
            <translation>Lado izquierdo</translation>
        </message>
        <message>
            <source>{duration} minutes</source>
            <translation>{duration} minutos</translation>
        </message>
        <message>
            <source>1 second</source>
            <translation>1 segundo</translation>
        </message>
        <message numerus="yes">
            <source>%n seconds</source>
            <translation>
                <numerusform>%n segundo</numerusform>
                <numerusform>%n segundos</numerusform>
            </translation>
        </message>
        <message>
            <source>Session finished.</source>
            <translation>Sesión completada.</translation>
        </message>
        <message>
            <source>Session stopped.</source>
            <translation>Sesión terminada.</translation>
        </message>
        <message>
            <source>{exercise}, at the top of the movement</source>
            <translation>{exercise}, en el punto más alto del movimiento</translation>
        </message>
        <message>
            <source>{time} left</source>
            <translation>quedan {time}</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Continuar</translation>
        </message>
        <message>
            <source>Paused. Press Space to resume.</source>
            <translation>En pausa. Pulsa Espacio para continuar.</translation>
        </message>
        <message>
            <source>Resumed.</source>
            <translation>Seguimos.</translation>
        </message>
        <message>
            <source>Rest — next: {exercise}</source>
            <translation>Descanso; a continuación: {exercise}</translation>
        </message>
        <message>
            <source>{exercise} ({variant})</source>
            <comment>exercise and its variant</comment>
            <translation>{exercise} ({variant})</translation>
        </message>
        <message>
            <source>Rest. Next: {exercise}</source>
            <translation>Descanso. A continuación: {exercise}</translation>
        </message>
        <message>
            <source>Rest before set {set} of {sets}</source>
            <translation>Descanso antes de la serie {set} de {sets}</translation>
        </message>
        <message>
            <source>Switch to the right side</source>
            <translation>Cambia al lado derecho</translation>
        </message>
        <message>
            <source>Switch to the left side</source>
            <translation>Cambia al lado izquierdo</translation>
        </message>
        <message>
            <source>Rep {rep} of {reps} · set {set} of {sets}</source>
            <translation>Repetición {rep} de {reps} · serie {set} de {sets}</translation>
        </message>
        <message>
            <source>Rep {rep} of {reps}</source>
            <translation>Repetición {rep} de {reps}</translation>
        </message>
        <message numerus="yes">
            <source>%n rep(s) per side</source>
            <translation>
                <numerusform>%n repetición por lado</numerusform>
                <numerusform>%n repeticiones por lado</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rep(s)</source>
            <translation>
                <numerusform>%n repetición</numerusform>
                <numerusform>%n repeticiones</numerusform>
            </translation>
        </message>
        <message>
            <source>Up next: done!</source>
            <translation>A continuación: ¡terminado!</translation>
        </message>
        <message>
            <source>Up next: {exercise}</source>
            <translation>A continuación: {exercise}</translation>
        </message>
        <message>
            <source>Up next: {side} side</source>
            <translation>A continuación: lado {side}</translation>
        </message>
        <message>
            <source>Up next: {phase}, {side}</source>
            <translation>A continuación: {phase}, lado {side}</translation>
        </message>
        <message>
            <source>Up next: {phase}</source>
            <translation>A continuación: {phase}</translation>
        </message>
    </context>
    <context>
        <name>SessionProgress</name>
        <message>
            <source>Session progress</source>
            <translation>Progreso de la sesión</translation>
        </message>
        <message>
            <source>{percent} % of the session done</source>
            <translation>{percent} % de la sesión hecho</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Ajustes</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>The system's language</source>
            <translation>Idioma del sistema</translation>
        </message>
        <message>
            <source>About the language</source>
            <translation>Nota sobre el idioma</translation>
        </message>
        <message>
            <source>Volume</source>
            <translation>Volumen</translation>
        </message>
        <message>
            <source>Volume of the sounds</source>
            <translation>Volumen de los sonidos</translation>
        </message>
        <message>
            <source>Mute sounds and voice (M)</source>
            <translation>Silenciar sonidos y voz (M)</translation>
        </message>
        <message>
            <source>Sound status</source>
            <translation>Estado del sonido</translation>
        </message>
        <message>
            <source>Sound</source>
            <translation>Sonido</translation>
        </message>
        <message>
            <source>Speak the instructions</source>
            <translation>Leer las instrucciones en voz alta</translation>
        </message>
        <message>
            <source>Say each step aloud</source>
            <translation>Anunciar cada paso en voz alta</translation>
        </message>
        <message>
            <source>Voice</source>
            <translation>Voz</translation>
        </message>
        <message>
            <source>The system's default voice</source>
            <translation>Voz predeterminada del sistema</translation>
        </message>
        <message>
            <source>Speaking rate</source>
            <translation>Velocidad de la voz</translation>
        </message>
        <message>
            <source>Slower to the left, faster to the right</source>
            <translation>Más lenta a la izquierda, más rápida a la derecha</translation>
        </message>
        <message>
            <source>Voice status</source>
            <translation>Estado de la voz</translation>
        </message>
        <message>
            <source>Looking for a speech engine…</source>
            <translation>Buscando un motor de voz…</translation>
        </message>
        <message>
            <source>Rate</source>
            <translation>Velocidad</translation>
        </message>
        <message>
            <source>Weekly goal</source>
            <translation>Objetivo semanal</translation>
        </message>
        <message>
            <source>Remind me on these days when I have not trained yet</source>
            <translation>Recordármelo estos días si aún no he entrenado</translation>
        </message>
        <message>
            <source>Remind on {day}</source>
            <translation>Recordar el {day}</translation>
        </message>
        <message>
            <source>Reminder time</source>
            <translation>Hora del recordatorio</translation>
        </message>
        <message>
            <source>Keep running in the system tray when the window is closed</source>
            <translation>Seguir en la bandeja del sistema al cerrar la ventana</translation>
        </message>
        <message>
            <source>Tray status</source>
            <translation>Estado de la bandeja del sistema</translation>
        </message>
        <message>
            <source>Add the schedule to your calendar…</source>
            <translation>Añadir el plan a tu calendario…</translation>
        </message>
        <message>
            <source>Add to calendar</source>
            <translation>Añadir al calendario</translation>
        </message>
        <message>
            <source>Weekly routine</source>
            <translation>Rutina semanal</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>Objetivo</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>Días</translation>
        </message>
        <message>
            <source>At</source>
            <comment>reminder time</comment>
            <translation>A las</translation>
        </message>
        <message>
            <source>As the desktop is set (light, dark, high contrast)</source>
            <translation>Como esté el escritorio (claro, oscuro, alto contraste)</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Claro</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Oscuro</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>Alto contraste</translation>
        </message>
        <message>
            <source>Colours</source>
            <translation>Colores</translation>
        </message>
        <message>
            <source>High contrast draws all text at least 7 to 1 against its background</source>
            <translation>El alto contraste dibuja todo el texto con al menos 7 a 1 frente a su fondo</translation>
        </message>
        <message>
            <source>Look</source>
            <translation>Aspecto</translation>
        </message>
        <message>
            <source>Screen status</source>
            <translation>Estado de la pantalla</translation>
        </message>
        <message>
            <source>Screen: {status}</source>
            <translation>Pantalla: {status}</translation>
        </message>
        <message numerus="yes">
            <source>%n session(s) a week</source>
            <comment>weekly goal</comment>
            <translation>
                <numerusform>%n sesión por semana</numerusform>
                <numerusform>%n sesiones por semana</numerusform>
            </translation>
        </message>
        <message>
            <source>The window shows the new language the next time HipFlex Desktop starts.</source>
            <translation>La ventana aparecerá en el nuevo idioma la próxima vez que abras HipFlex Desktop.</translation>
        </message>
    </context>
    <context>
        <name>SetupPage</name>
        <message>
            <source>Pack title</source>
            <translation>Título del paquete</translation>
        </message>
        <message>
            <source>Introduction</source>
            <translation>Introducción</translation>
        </message>
        <message>
            <source>About the suggested settings</source>
            <translation>Sobre los ajustes recomendados</translation>
        </message>
        <message>
            <source>Exercises</source>
            <translation>Ejercicios</translation>
        </message>
        <message>
            <source>Reps per side</source>
            <translation>Repeticiones por lado</translation>
        </message>
        <message>
            <source>How many times on each side</source>
            <translation>Cuántas veces por cada lado</translation>
        </message>
        <message>
            <source>Sets</source>
            <translation>Series</translation>
        </message>
        <message>
            <source>How many rounds of each exercise</source>
            <translation>Cuántas rondas de cada ejercicio</translation>
        </message>
        <message>
            <source>Hold seconds</source>
            <translation>Segundos de aguante</translation>
        </message>
        <message>
            <source>How long to hold at the top of each rep</source>
            <translation>Cuánto tiempo aguantas arriba en cada repetición</translation>
        </message>
        <message>
            <source>Rest seconds</source>
            <translation>Segundos de descanso</translation>
        </message>
        <message>
            <source>Rest between exercises and between sets</source>
            <translation>Descanso entre ejercicios y entre series</translation>
        </message>
        <message>
            <source>Get-ready seconds</source>
            <translation>Segundos para prepararte</translation>
        </message>
        <message>
            <source>Time to set up before each exercise</source>
            <translation>Tiempo para colocarte antes de cada ejercicio</translation>
        </message>
        <message>
            <source>Right side first</source>
            <translation>Primero el lado derecho</translation>
        </message>
        <message>
            <source>Left side first</source>
            <translation>Primero el lado izquierdo</translation>
        </message>
        <message>
            <source>Side order</source>
            <translation>Orden de lados</translation>
        </message>
        <message>
            <source>Which side each exercise starts with</source>
            <translation>Con qué lado empieza cada ejercicio</translation>
        </message>
        <message>
            <source>As each exercise suggests</source>
            <translation>Como indique el ejercicio</translation>
        </message>
        <message>
            <source>Alternate sides every rep</source>
            <translation>Alternar en cada repetición</translation>
        </message>
        <message>
            <source>All reps on one side, then the other</source>
            <translation>Un lado y luego el otro</translation>
        </message>
        <message>
            <source>Side pattern</source>
            <translation>Alternancia de lados</translation>
        </message>
        <message>
            <source>How the sides take turns</source>
            <translation>Cómo se alternan los lados</translation>
        </message>
        <message>
            <source>Hold</source>
            <translation>Aguante</translation>
        </message>
        <message>
            <source>Rest</source>
            <translation>Descanso</translation>
        </message>
        <message>
            <source>Get ready</source>
            <translation>Preparación</translation>
        </message>
        <message>
            <source>Sides</source>
            <translation>Lados</translation>
        </message>
        <message>
            <source>Session length</source>
            <translation>Duración de la sesión</translation>
        </message>
        <message>
            <source>Problem with the choices</source>
            <translation>Problema con la selección</translation>
        </message>
        <message>
            <source>Start session</source>
            <translation>Empezar sesión</translation>
        </message>
        <message>
            <source>Start the session (Space or Enter)</source>
            <translation>Empezar la sesión (Espacio o Intro)</translation>
        </message>
        <message>
            <source>Starts the guided session with these choices</source>
            <translation>Empieza la sesión guiada con esta selección</translation>
        </message>
        <message>
            <source>Your session</source>
            <translation>Tu sesión</translation>
        </message>
        <message>
            <source>Include {exercise}</source>
            <translation>Incluir {exercise}</translation>
        </message>
        <message>
            <source>{level}: {variant}</source>
            <comment>a variant's level and name</comment>
            <translation>{level}: {variant}</translation>
        </message>
        <message>
            <source>{level} variant of {exercise}</source>
            <translation>Variante «{level}» de {exercise}</translation>
        </message>
        <message>
            <source>The exercise as described</source>
            <translation>El ejercicio tal como se describe</translation>
        </message>
        <message>
            <source>Move {exercise} earlier</source>
            <translation>Adelantar {exercise}</translation>
        </message>
        <message>
            <source>Do this exercise earlier</source>
            <translation>Hacer este ejercicio antes</translation>
        </message>
        <message>
            <source>Move {exercise} later</source>
            <translation>Retrasar {exercise}</translation>
        </message>
        <message>
            <source>Do this exercise later</source>
            <translation>Hacer este ejercicio después</translation>
        </message>
        <message>
            <source>nothing</source>
            <comment>equipment</comment>
            <translation>nada</translation>
        </message>
        <message>
            <source>{purpose}
You need: {equipment}</source>
            <translation>{purpose}
Necesitas: {equipment}</translation>
        </message>
        <message>
            <source>When to choose it: {when}</source>
            <translation>Cuándo elegirla: {when}</translation>
        </message>
        <message>
            <source>{exercise}, at the top of the movement</source>
            <translation>{exercise}, en el punto más alto del movimiento</translation>
        </message>
        <message>
            <source>Also offered: an easier and a harder variant.</source>
            <translation>También hay una variante más fácil y otra más difícil.</translation>
        </message>
        <message>
            <source>Also offered: an easier variant.</source>
            <translation>También hay una variante más fácil.</translation>
        </message>
        <message>
            <source>Also offered: a harder variant.</source>
            <translation>También hay una variante más difícil.</translation>
        </message>
        <message>
            <source>Choose at least one exercise</source>
            <translation>Elige al menos un ejercicio</translation>
        </message>
        <message>
            <source>Session length {time}</source>
            <translation>Duración {time}</translation>
        </message>
        <message>
            <source>The session takes {time}</source>
            <translation>La sesión dura {time}</translation>
        </message>
    </context>
    <context>
        <name>SideBadge</name>
        <message>
            <source>Side</source>
            <translation>Lado</translation>
        </message>
        <message>
            <source>The side to work on</source>
            <translation>El lado que trabajas</translation>
        </message>
        <message>
            <source>Right side</source>
            <translation>Lado derecho</translation>
        </message>
        <message>
            <source>Left side</source>
            <translation>Lado izquierdo</translation>
        </message>
    </context>
    <context>
        <name>SideWords</name>
        <message>
            <source>RIGHT</source>
            <translation>DERECHA</translation>
        </message>
        <message>
            <source>LEFT</source>
            <translation>IZQUIERDA</translation>
        </message>
        <message>
            <source>right</source>
            <translation>derecho</translation>
        </message>
        <message>
            <source>left</source>
            <translation>izquierdo</translation>
        </message>
    </context>
    <context>
        <name>SoundPlayer</name>
        <message>
            <source>Sounds cannot play: no audio output was found. Check the sound settings of your computer.</source>
            <translation>Los sonidos no se pueden reproducir: no se encontró ninguna salida de audio. Revisa los ajustes de sonido de tu ordenador.</translation>
        </message>
    </context>
    <context>
        <name>Speaker</name>
        <message>
            <source>No speech engine found. Install speech-dispatcher and espeak-ng ({command}) to hear spoken instructions; sounds still play.</source>
            <translation>No se encontró ningún motor de voz. Instala speech-dispatcher y espeak-ng ({command}) para oír las instrucciones; los sonidos siguen funcionando.</translation>
        </message>
        <message>
            <source>The speech engine has no voice for {language}, so sessions play their sounds only. espeak-ng ({command}) brings voices for many languages.</source>
            <translation>El motor de voz no tiene ninguna voz en {language}, así que las sesiones solo tendrán sonidos. espeak-ng ({command}) trae voces para muchos idiomas.</translation>
        </message>
        <message>
            <source>The speech engine did not start in time ({seconds} s), so spoken instructions are off until the app is restarted; sounds still play. If this happens again, the speech service (speech-dispatcher) may be stuck: restarting the computer clears it.</source>
            <translation>El motor de voz no arrancó a tiempo ({seconds} s), así que las instrucciones habladas quedan desactivadas hasta que reinicies la aplicación; los sonidos siguen funcionando. Si vuelve a pasar, puede que el servicio de voz (speech-dispatcher) se haya colgado: reiniciar el ordenador lo soluciona.</translation>
        </message>
        <message>
            <source>Speech is not producing sound (the engine never finished a sentence; is there an audio output?), so spoken instructions are off until the app is restarted; sounds still play.</source>
            <translation>La voz no suena (el motor nunca terminó una frase; ¿hay alguna salida de audio?), así que las instrucciones habladas quedan desactivadas hasta que reinicies la aplicación; los sonidos siguen funcionando.</translation>
        </message>
        <message>
            <source>The speech engine stopped working {times} times, so spoken instructions are off until the app is restarted; sounds still play.</source>
            <translation>El motor de voz dejó de funcionar {times} veces, así que las instrucciones habladas quedan desactivadas hasta que reinicies la aplicación; los sonidos siguen funcionando.</translation>
        </message>
        <message>
            <source>The speech engine could not start: {reason}. Sounds still play.</source>
            <translation>El motor de voz no pudo arrancar: {reason}. Los sonidos siguen funcionando.</translation>
        </message>
        <message>
            <source>The speech helper could not be started ({reason}); sounds still play.</source>
            <translation>No se pudo iniciar el programa auxiliar de voz ({reason}); los sonidos siguen funcionando.</translation>
        </message>
    </context>
    <context>
        <name>SpokenPhrases</name>
        <message>
            <source>Session complete. Well done!</source>
            <translation>Sesión completada. ¡Buen trabajo!</translation>
        </message>
        <message>
            <source>Paused.</source>
            <translation>En pausa.</translation>
        </message>
        <message>
            <source>Resuming.</source>
            <translation>Seguimos.</translation>
        </message>
        <message>
            <source>Session stopped.</source>
            <translation>Sesión terminada.</translation>
        </message>
        <message numerus="yes">
            <source>%n rep(s) per side coming up.</source>
            <translation>
                <numerusform>Ahora, %n repetición por lado.</numerusform>
                <numerusform>Ahora, %n repeticiones por lado.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rep(s).</source>
            <translation>
                <numerusform>%n repetición.</numerusform>
                <numerusform>%n repeticiones.</numerusform>
            </translation>
        </message>
        <message>
            <source>Switching to the right side.</source>
            <translation>Cambiamos al lado derecho.</translation>
        </message>
        <message>
            <source>Switching to the left side.</source>
            <translation>Cambiamos al lado izquierdo.</translation>
        </message>
        <message>
            <source>Resting.</source>
            <translation>Descanso.</translation>
        </message>
        <message>
            <source>Rep {rep} of {reps}, right side, set {set} of {sets}.</source>
            <translation>Repetición {rep} de {reps}, lado derecho, serie {set} de {sets}.</translation>
        </message>
        <message>
            <source>Rep {rep} of {reps}, right side.</source>
            <translation>Repetición {rep} de {reps}, lado derecho.</translation>
        </message>
        <message>
            <source>Rep {rep} of {reps}, left side, set {set} of {sets}.</source>
            <translation>Repetición {rep} de {reps}, lado izquierdo, serie {set} de {sets}.</translation>
        </message>
        <message>
            <source>Rep {rep} of {reps}, left side.</source>
            <translation>Repetición {rep} de {reps}, lado izquierdo.</translation>
        </message>
        <message>
            <source>Rep {rep} of {reps}, set {set} of {sets}.</source>
            <translation>Repetición {rep} de {reps}, serie {set} de {sets}.</translation>
        </message>
        <message>
            <source>Rep {rep} of {reps}.</source>
            <translation>Repetición {rep} de {reps}.</translation>
        </message>
    </context>
    <context>
        <name>StepBox</name>
        <message>
            <source>Step {number}: {step}</source>
            <comment>a step in the list to choose from</comment>
            <translation>Nivel {number}: {step}</translation>
        </message>
        <message>
            <source>Step {step} of {steps}</source>
            <comment>the closed list of steps</comment>
            <translation>Nivel {step} de {steps}</translation>
        </message>
        <message>
            <source>Choose a step by hand. Now: {step}</source>
            <translation>Elige tú el nivel. Ahora: {step}</translation>
        </message>
        <message>
            <source>Choose a step by hand</source>
            <translation>Elige tú el nivel</translation>
        </message>
    </context>
    <context>
        <name>StepChart</name>
        <message>
            <source>Step per exercise over time</source>
            <translation>Nivel de cada ejercicio a lo largo del tiempo</translation>
        </message>
    </context>
    <context>
        <name>StepChartWords</name>
        <message>
            <source>step {step} on {day}</source>
            <translation>nivel {step} el {day}</translation>
        </message>
        <message>
            <source>{when} (chosen by hand)</source>
            <translation>{when} (elegido por ti)</translation>
        </message>
        <message>
            <source>sessions in a row done well</source>
            <translation>sesiones seguidas bien hechas</translation>
        </message>
        <message>
            <source>sessions in a row were too hard</source>
            <translation>sesiones seguidas demasiado duras</translation>
        </message>
        <message>
            <source>suggested</source>
            <comment>a step change the app suggested</comment>
            <translation>sugerido</translation>
        </message>
        <message>
            <source>{when} (accepted: {why})</source>
            <translation>{when} (aceptado: {why})</translation>
        </message>
        <message>
            <source>{exercise}: no sessions at a step in this period.</source>
            <translation>{exercise}: ninguna sesión en un nivel en este periodo.</translation>
        </message>
        <message>
            <source>step {first} of {steps} on {first_day}, step {last} on {last_day}</source>
            <translation>nivel {first} de {steps} el {first_day}, nivel {last} el {last_day}</translation>
        </message>
        <message>
            <source>changed to {changes}</source>
            <translation>cambió a {changes}</translation>
        </message>
        <message>
            <source>{exercise}: {what}.</source>
            <translation>{exercise}: {what}.</translation>
        </message>
    </context>
    <context>
        <name>StepPanel</name>
        <message>
            <source>Step of {exercise}</source>
            <translation>Nivel de {exercise}</translation>
        </message>
        <message>
            <source>Suggestion for {exercise}</source>
            <translation>Sugerencia para {exercise}</translation>
        </message>
        <message>
            <source>&amp;Accept</source>
            <comment>a suggested step</comment>
            <translation>A&amp;ceptar</translation>
        </message>
        <message>
            <source>Accept the suggested step for {exercise}</source>
            <translation>Aceptar el nivel sugerido para {exercise}</translation>
        </message>
        <message>
            <source>&amp;Not yet</source>
            <comment>keep the step for now</comment>
            <translation>&amp;Todavía no</translation>
        </message>
        <message>
            <source>Keep the step of {exercise} for now</source>
            <translation>Mantener por ahora el nivel de {exercise}</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <comment>the last change of step</comment>
            <translation>&amp;Deshacer</translation>
        </message>
        <message>
            <source>Undo the last change of step for {exercise}</source>
            <translation>Deshacer el último cambio de nivel de {exercise}</translation>
        </message>
        <message>
            <source>Choose the step of {exercise}</source>
            <translation>Elegir el nivel de {exercise}</translation>
        </message>
        <message>
            <source>Step {step} of {steps} · {what}</source>
            <translation>Nivel {step} de {steps} · {what}</translation>
        </message>
        <message>
            <source>Suggested: {change}</source>
            <translation>Sugerencia: {change}</translation>
        </message>
        <message>
            <source>Until you accept or choose a step, your session settings apply. At this step: {needed}</source>
            <translation>Hasta que aceptes o elijas un nivel, se aplican tus ajustes de la sesión. En este nivel: {needed}</translation>
        </message>
    </context>
    <context>
        <name>StepWords</name>
        <message>
            <source>{seconds} s</source>
            <comment>a hold in seconds</comment>
            <translation>{seconds} s</translation>
        </message>
        <message>
            <source>hold {seconds}</source>
            <comment>how long to hold at the top</comment>
            <translation>mantener {seconds}</translation>
        </message>
        <message numerus="yes">
            <source>%n rep(s) per side</source>
            <translation>
                <numerusform>%n repetición por lado</numerusform>
                <numerusform>%n repeticiones por lado</numerusform>
            </translation>
        </message>
        <message>
            <source>Standard</source>
            <comment>the exercise's standard variant</comment>
            <translation>Normal</translation>
        </message>
        <message>
            <source>the “{label}” variant</source>
            <comment>the change to another variant, by its label</comment>
            <translation>la variante «{label}»</translation>
        </message>
        <message>
            <source>the standard form</source>
            <comment>the change back to the standard variant</comment>
            <translation>la forma normal</translation>
        </message>
        <message numerus="yes">
            <source>%n session(s) in a row were too hard</source>
            <translation>
                <numerusform>%n sesión fue demasiado dura</numerusform>
                <numerusform>%n sesiones seguidas fueron demasiado duras</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n session(s) in a row done well</source>
            <translation>
                <numerusform>%n sesión bien hecha</numerusform>
                <numerusform>%n sesiones seguidas bien hechas</numerusform>
            </translation>
        </message>
        <message>
            <source>{exercise}: {change} next time — {reason}</source>
            <translation>{exercise}: la próxima vez, {change} — {reason}</translation>
        </message>
        <message>
            <source>The last step: keep it up.</source>
            <translation>El último nivel: ¡sigue así!</translation>
        </message>
        <message numerus="yes">
            <source>%n more session(s) done well in a row to move up</source>
            <translation>
                <numerusform>Falta %n sesión más bien hecha para subir de nivel</numerusform>
                <numerusform>Faltan %n sesiones más seguidas bien hechas para subir de nivel</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n session(s) done well in a row to move up</source>
            <translation>
                <numerusform>%n sesión bien hecha para subir de nivel</numerusform>
                <numerusform>%n sesiones seguidas bien hechas para subir de nivel</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SummaryPage</name>
        <message>
            <source>Exercise</source>
            <translation>Ejercicio</translation>
        </message>
        <message>
            <source>Variant</source>
            <translation>Variante</translation>
        </message>
        <message>
            <source>Right</source>
            <translation>Derecha</translation>
        </message>
        <message>
            <source>Left</source>
            <translation>Izquierda</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <source>Total time</source>
            <translation>Tiempo total</translation>
        </message>
        <message>
            <source>Reps done</source>
            <translation>Repeticiones hechas</translation>
        </message>
        <message>
            <source>Exercises done</source>
            <translation>Ejercicios hechos</translation>
        </message>
        <message>
            <source>Next time</source>
            <translation>La próxima vez</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Listo</translation>
        </message>
        <message>
            <source>Back to set-up (Space or Enter)</source>
            <translation>Volver a la preparación (Espacio o Intro)</translation>
        </message>
        <message>
            <source>Returns to the set-up page</source>
            <translation>Vuelve a la página de preparación</translation>
        </message>
        <message>
            <source>Session complete — well done!</source>
            <translation>Sesión completada: ¡buen trabajo!</translation>
        </message>
        <message>
            <source>Session stopped</source>
            <translation>Sesión terminada</translation>
        </message>
        <message>
            <source>Total time {time}</source>
            <translation>Tiempo total {time}</translation>
        </message>
        <message numerus="yes">
            <source>%n rep(s) done in {done} of {count} exercises</source>
            <translation>
                <numerusform>%n repetición hecha en {done} de {count} ejercicios</numerusform>
                <numerusform>%n repeticiones hechas en {done} de {count} ejercicios</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rep(s) done in {done} of 1 exercise</source>
            <translation>
                <numerusform>%n repetición hecha en {done} de 1 ejercicio</numerusform>
                <numerusform>%n repeticiones hechas en {done} de 1 ejercicio</numerusform>
            </translation>
        </message>
        <message>
            <source>{done} of {target}</source>
            <comment>reps done of the target</comment>
            <translation>{done} de {target}</translation>
        </message>
        <message>
            <source>Next time:</source>
            <translation>La próxima vez:</translation>
        </message>
        <message>
            <source>Accept or keep your steps on the set-up page.</source>
            <translation>En la página de preparación puedes aceptar los niveles nuevos o quedarte con los tuyos.</translation>
        </message>
    </context>
    <context>
        <name>TextListField</name>
        <message>
            <source>Text</source>
            <translation>Texto</translation>
        </message>
        <message>
            <source>Spoken form (optional)</source>
            <translation>Forma hablada (opcional)</translation>
        </message>
    </context>
    <context>
        <name>VariantTimeline</name>
        <message>
            <source>Variant per exercise over time</source>
            <translation>Variante por ejercicio a lo largo del tiempo</translation>
        </message>
        <message>
            <source>{exercise}, {date}: {variant}</source>
            <translation>{exercise}, {date}: {variant}</translation>
        </message>
        <message>
            <source>No reps recorded in this period</source>
            <translation>No hay repeticiones registradas en este periodo</translation>
        </message>
    </context>
    <context>
        <name>VersionSwitch</name>
        <message>
            <source>Standard</source>
            <translation>Normal</translation>
        </message>
        <message>
            <source>Easier</source>
            <translation>Más fácil</translation>
        </message>
        <message>
            <source>Harder</source>
            <translation>Más difícil</translation>
        </message>
        <message>
            <source>Standard version</source>
            <translation>Versión normal</translation>
        </message>
        <message>
            <source>Easier version</source>
            <translation>Versión más fácil</translation>
        </message>
        <message>
            <source>Harder version</source>
            <translation>Versión más difícil</translation>
        </message>
        <message>
            <source>Version of the exercise</source>
            <translation>Versión del ejercicio</translation>
        </message>
        <message>
            <source>V&amp;ersion:</source>
            <translation>Ve&amp;rsión:</translation>
        </message>
        <message>
            <source>Ctrl+Page Down and Ctrl+Page Up show the next and the previous version</source>
            <translation>Ctrl+Av Pág y Ctrl+Re Pág muestran la versión siguiente y la anterior</translation>
        </message>
        <message>
            <source>This exercise has no such version yet.</source>
            <translation>Este ejercicio aún no tiene esta versión.</translation>
        </message>
    </context>
    <context>
        <name>WeeklyChart</name>
        <message>
            <source>Sessions per week</source>
            <translation>Sesiones por semana</translation>
        </message>
        <message>
            <source>No weeks to show.</source>
            <translation>No hay semanas que mostrar.</translation>
        </message>
        <message>
            <source>Goal {goal}</source>
            <comment>the goal line of the chart</comment>
            <translation>Objetivo {goal}</translation>
        </message>
        <message>
            <source>This week</source>
            <translation>Esta semana</translation>
        </message>
        <message>
            <source>Goal met</source>
            <translation>Objetivo cumplido</translation>
        </message>
        <message>
            <source>Below goal</source>
            <translation>Por debajo del objetivo</translation>
        </message>
        <message>
            <source>Weekly goal</source>
            <translation>Objetivo semanal</translation>
        </message>
    </context>
</TS>

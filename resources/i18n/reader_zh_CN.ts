<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>App</name>
    <message>
        <source>Newspaper Reader</source>
        <translation>报纸阅读器</translation>
    </message>
</context>
<context>
    <name>BookmarkKeeper</name>
    <message>
        <source>Bookmarked.</source>
        <translation>已收藏。</translation>
    </message>
    <message>
        <source>Bookmark removed.</source>
        <translation>已取消收藏。</translation>
    </message>
    <message>
        <source>This issue was added to the library to keep the bookmark.</source>
        <translation>本期已存入往期库，以便保存收藏。</translation>
    </message>
    <message>
        <source>Cannot change the bookmark</source>
        <translation>无法更改收藏</translation>
    </message>
</context>
<context>
    <name>BookmarksPanel</name>
    <message>
        <source>No bookmarks yet. Press Ctrl+D on an article to bookmark it (收藏).</source>
        <translation>还没有收藏。阅读文章时按 Ctrl+D 即可收藏。</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Page {page}</source>
        <translation>第{page}版</translation>
    </message>
</context>
<context>
    <name>CitationDialog</name>
    <message>
        <source>Cite</source>
        <translation>引用</translation>
    </message>
    <message>
        <source>With the passage selected</source>
        <translation>附上所选段落</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Style:</source>
        <translation>格式：</translation>
    </message>
</context>
<context>
    <name>CitationFeature</name>
    <message>
        <source>Citation copied.</source>
        <translation>已复制引文。</translation>
    </message>
    <message>
        <source>The article “{title}”</source>
        <translation>文章《{title}》</translation>
    </message>
    <message>
        <source>Citations copied.</source>
        <translation>已复制引文。</translation>
    </message>
    <message>
        <source>Save Citations</source>
        <translation>保存引文</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>已保存到 {path}</translation>
    </message>
    <message>
        <source>{path} is a library database: choose another file.</source>
        <translation>{path} 是资料库文件：请另选一个文件。</translation>
    </message>
    <message>
        <source>{path} belongs to the issue being read: choose another file.</source>
        <translation>{path} 是正在阅读的这一期的文件：请另选一个文件。</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Export &amp;Article…</source>
        <translation>导出文章(&amp;A)…</translation>
    </message>
    <message>
        <source>Export &amp;Issue…</source>
        <translation>导出整期(&amp;I)…</translation>
    </message>
    <message>
        <source>Export an Issue</source>
        <translation>导出一期</translation>
    </message>
    <message>
        <source>&amp;Open Issue File…</source>
        <translation>打开报纸文件(&amp;O)…</translation>
    </message>
    <message>
        <source>Open Issue &amp;Folder…</source>
        <translation>打开报纸文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Clear Recent</source>
        <translation>清除最近记录(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Find in Issue…</source>
        <translation>在本期中查找(&amp;F)…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>查找下一处(&amp;N)</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>查找上一处(&amp;V)</translation>
    </message>
    <message>
        <source>Close Find &amp;Bar</source>
        <translation>关闭查找栏(&amp;B)</translation>
    </message>
    <message>
        <source>Find a Query</source>
        <translation>查找一个检索式</translation>
    </message>
    <message>
        <source>&amp;Import into Library…</source>
        <translation>导入往期库(&amp;I)…</translation>
    </message>
    <message>
        <source>Co&amp;mpact Library</source>
        <translation>整理往期库(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Bookmark Article</source>
        <translation>收藏文章(&amp;B)</translation>
    </message>
    <message>
        <source>Bookmark the article on screen (收藏); again to remove it</source>
        <translation>收藏当前文章；再按一次取消收藏</translation>
    </message>
    <message>
        <source>Search &amp;Library…</source>
        <translation>搜索往期(&amp;L)…</translation>
    </message>
    <message>
        <source>Cite Search &amp;Results…</source>
        <translation>引用搜索结果(&amp;R)…</translation>
    </message>
    <message>
        <source>Cite All Boo&amp;kmarks…</source>
        <translation>引用全部收藏(&amp;K)…</translation>
    </message>
    <message>
        <source>Search the Library for a Query</source>
        <translation>在往期中搜索</translation>
    </message>
    <message>
        <source>Previous &amp;Issue of This Paper</source>
        <translation>本报上一期(&amp;I)</translation>
    </message>
    <message>
        <source>Next Issue of This &amp;Paper</source>
        <translation>本报下一期(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Continue Reading</source>
        <translation>继续阅读(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copy with &amp;Citation</source>
        <translation>复制并注明出处(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Larger Text</source>
        <translation>放大字号(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Smaller Text</source>
        <translation>缩小字号(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>默认字号(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>Follow &amp;System</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>明亮(&amp;L)</translation>
    </message>
    <message>
        <source>S&amp;epia</source>
        <translation>米黄(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Next Article</source>
        <translation>下一篇(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous Article</source>
        <translation>上一篇(&amp;P)</translation>
    </message>
    <message>
        <source>Next P&amp;age</source>
        <translation>下一版(&amp;A)</translation>
    </message>
    <message>
        <source>Previous Pa&amp;ge</source>
        <translation>上一版(&amp;G)</translation>
    </message>
    <message>
        <source>Next &amp;Unread Article</source>
        <translation>下一篇未读(&amp;U)</translation>
    </message>
    <message>
        <source>Go to Pa&amp;ge…</source>
        <translation>转到版面(&amp;G)…</translation>
    </message>
    <message>
        <source>Page &amp;Buttons</source>
        <translation>版面按钮(&amp;B)</translation>
    </message>
    <message>
        <source>A row of page buttons under the text: one click to any page</source>
        <translation>正文下方的一排版面按钮：一点直达任一版</translation>
    </message>
    <message>
        <source>Issue &amp;Notes</source>
        <translation>本期提示(&amp;N)</translation>
    </message>
    <message>
        <source>What the reader noticed reading this issue&apos;s files</source>
        <translation>读取本期文件时发现的问题</translation>
    </message>
    <message>
        <source>Scroll &amp;Down</source>
        <translation>向下翻屏(&amp;D)</translation>
    </message>
    <message>
        <source>Scroll &amp;Up</source>
        <translation>向上翻屏(&amp;U)</translation>
    </message>
    <message>
        <source>Start of Article</source>
        <translation>文章开头</translation>
    </message>
    <message>
        <source>End of Article</source>
        <translation>文章末尾</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>后退(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>前进(&amp;F)</translation>
    </message>
    <message>
        <source>GB/T 7714-2015</source>
        <translation>GB/T 7714-2015</translation>
    </message>
    <message>
        <source>RIS (Zotero, EndNote)</source>
        <translation>RIS (Zotero、EndNote)</translation>
    </message>
    <message>
        <source>BibLaTeX</source>
        <translation>BibLaTeX</translation>
    </message>
    <message>
        <source>CSL-JSON</source>
        <translation>CSL-JSON</translation>
    </message>
    <message>
        <source>Cite &amp;Article…</source>
        <translation>引用本文(&amp;A)…</translation>
    </message>
    <message>
        <source>Citations of the article on screen (and the passage selected), to copy or save</source>
        <translation>当前文章（及所选段落）的引文，可复制或保存</translation>
    </message>
    <message>
        <source>Copy Citation &amp;As</source>
        <translation>复制引文为(&amp;A)</translation>
    </message>
    <message>
        <source>Cite Articles</source>
        <translation>引用文章</translation>
    </message>
    <message>
        <source>&amp;Print Article…</source>
        <translation>打印本文(&amp;P)…</translation>
    </message>
    <message>
        <source>Print &amp;Whole Issue…</source>
        <translation>打印整期(&amp;W)…</translation>
    </message>
    <message>
        <source>Export Article as P&amp;DF…</source>
        <translation>将本文导出为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Export Whole Issue as PD&amp;F…</source>
        <translation>将整期导出为 PDF(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Look Up Word</source>
        <translation>查词(&amp;L)</translation>
    </message>
    <message>
        <source>The word at the cursor, or the text selected, in the dictionary (or double-click a word)</source>
        <translation>在词典中查光标处的词或所选文字（也可双击词语）</translation>
    </message>
    <message>
        <source>Read &amp;Aloud</source>
        <translation>朗读(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Read Aloud from the Cursor</source>
        <translation>从光标处朗读(&amp;R)</translation>
    </message>
    <message>
        <source>Read the story aloud sentence by sentence from the cursor (or the selection); again to pause and resume</source>
        <translation>从光标处（或所选文字）起逐句朗读本文；再按一次暂停或继续</translation>
    </message>
    <message>
        <source>&amp;Stop Reading</source>
        <translation>停止朗读(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Faster</source>
        <translation>加快(&amp;F)</translation>
    </message>
    <message>
        <source>S&amp;lower</source>
        <translation>放慢(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Voice</source>
        <translation>嗓音(&amp;V)</translation>
    </message>
    <message>
        <source>Side &amp;Panel</source>
        <translation>侧栏(&amp;P)</translation>
    </message>
    <message>
        <source>Show or hide the pages, library and bookmarks beside the text</source>
        <translation>显示或隐藏正文旁的版面、往期和收藏</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>全屏(&amp;F)</translation>
    </message>
    <message>
        <source>Next Side Panel Tab</source>
        <translation>侧栏下一页签</translation>
    </message>
    <message>
        <source>Previous Side Panel Tab</source>
        <translation>侧栏上一页签</translation>
    </message>
</context>
<context>
    <name>ExportFeature</name>
    <message>
        <source>Export Article</source>
        <translation>导出文章</translation>
    </message>
    <message>
        <source>Export Issue</source>
        <translation>导出整期</translation>
    </message>
    <message>
        <source>Markdown (*.md);;Plain text (*.txt)</source>
        <translation>Markdown (*.md);;纯文本 (*.txt)</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>无法导出</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>已导出到 {path}</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in this issue</source>
        <translation>在本期中查找</translation>
    </message>
    <message>
        <source>Previous hit (Shift+Enter, Shift+F3)</source>
        <translation>上一处（Shift+回车，Shift+F3）</translation>
    </message>
    <message>
        <source>Next hit (Enter, F3)</source>
        <translation>下一处（回车，F3）</translation>
    </message>
    <message>
        <source>Traditional = Simplified</source>
        <translation>繁简通搜</translation>
    </message>
    <message>
        <source>Match Traditional and Simplified characters alike (繁简通搜)</source>
        <translation>繁体字与简体字一同匹配（繁简通搜）</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>关闭（Esc）</translation>
    </message>
    <message>
        <source>Whole words</source>
        <translation>全词匹配</translation>
    </message>
    <message>
        <source>Match only where jieba&apos;s word boundaries allow (金昌 does not hit 黄金昌盛)</source>
        <translation>只在结巴分词的词边界处匹配（搜“金昌”不会命中“黄金昌盛”）</translation>
    </message>
    <message>
        <source>Loading the word dictionary; whole-word matching will be available in a moment.</source>
        <translation>正在载入分词词典，全词匹配稍后即可使用。</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>没有找到</translation>
    </message>
</context>
<context>
    <name>FindController</name>
    <message>
        <source>Search Results</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <source>Search cannot use this option: {error}</source>
        <translation>搜索无法使用此选项：{error}</translation>
    </message>
    <message>
        <source>preparing…</source>
        <translation>准备中…</translation>
    </message>
    <message>
        <source>Passed the end of the issue, continuing from the start</source>
        <translation>已到本期末尾，从头继续</translation>
    </message>
    <message>
        <source>Passed the start of the issue, continuing from the end</source>
        <translation>已到本期开头，从末尾继续</translation>
    </message>
    <message>
        <source>The word dictionary could not be loaded: {error}</source>
        <translation>分词词典无法载入：{error}</translation>
    </message>
</context>
<context>
    <name>HitResultsModel</name>
    <message>
        <source>Kicker</source>
        <translation>引题</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>副题</translation>
    </message>
    <message>
        <source>Byline</source>
        <translation>署名</translation>
    </message>
    <message>
        <source>Hits</source>
        <translation>命中</translation>
    </message>
    <message>
        <source>{title} (page {page}, {hits})</source>
        <translation>{title}（第{page}版，{hits}）</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import into Library</source>
        <translation>导入往期库</translation>
    </message>
    <message>
        <source>Issues are copied into the library and stay readable after their files are gone. Folders are searched through; what is not an issue is skipped.</source>
        <translation>报纸会被复制到往期库中，原文件删除后仍可阅读。文件夹会逐层查找；不是报纸的文件将被跳过。</translation>
    </message>
    <message>
        <source>Add Files…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <source>Add Folder…</source>
        <translation>添加文件夹…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Add files or folders, then Import.</source>
        <translation>添加文件或文件夹，然后点“导入”。</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Import Issue Files</source>
        <translation>导入报纸文件</translation>
    </message>
    <message>
        <source>Newspaper issues (*.md *.markdown *.txt *.xml *.rss *.htm *.html);;All files (*)</source>
        <translation>报纸 (*.md *.markdown *.txt *.xml *.rss *.htm *.html);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Import a Folder of Issues</source>
        <translation>导入报纸文件夹</translation>
    </message>
    <message>
        <source>Looking for issues…</source>
        <translation>正在查找报纸…</translation>
    </message>
    <message>
        <source>Cancelling: the issue being read is left out…</source>
        <translation>正在取消：正在读取的这一期不导入…</translation>
    </message>
    <message>
        <source>Reading {name}… ({number} of {total})</source>
        <translation>正在读取 {name}…（第 {number} 项，共 {total} 项）</translation>
    </message>
    <message>
        <source>Each is listed below with its problem.</source>
        <translation>跳过的每一项及其问题见下方列表。</translation>
    </message>
    <message>
        <source>Indexing the text for search…</source>
        <translation>正在为搜索建立索引…</translation>
    </message>
    <message>
        <source>Imported {issue}</source>
        <translation>已导入 {issue}</translation>
    </message>
    <message>
        <source>Unchanged {issue} (already in the library as it is)</source>
        <translation>未变 {issue}（往期库中已有，内容相同）</translation>
    </message>
    <message>
        <source>Replaced {issue} (imported before)</source>
        <translation>已替换 {issue}（之前导入过）</translation>
    </message>
    <message>
        <source>Importing… {done} of {total}</source>
        <translation>正在导入… {done}/{total}</translation>
    </message>
    <message numerus="yes">
        <source>Skipped: %n path(s)</source>
        <translation>
            <numerusform>已跳过：%n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped: none so far</source>
        <translation>已跳过：暂无</translation>
    </message>
    <message numerus="yes">
        <source>%n issue(s) imported</source>
        <translation>
            <numerusform>已导入 %n 期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n replaced an earlier copy)</source>
        <translation>
            <numerusform>（其中 %n 期替换了先前的副本）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n skipped.</source>
        <translation>
            <numerusform>，跳过 %n 项。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were in the library already, unchanged.</source>
        <translation>
            <numerusform>另有 %n 期往期库中已有，内容未变。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled. Issues stored before stopping are in the library.</source>
        <translation>已取消。取消前存好的各期已在往期库中。</translation>
    </message>
    <message>
        <source>The import stopped: {error}</source>
        <translation>导入中止：{error}</translation>
    </message>
</context>
<context>
    <name>IssueNotes</name>
    <message numerus="yes">
        <source>%n note(s) on this issue</source>
        <translation>
            <numerusform>本期提示 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to list them</source>
        <translation>点击列出全部提示</translation>
    </message>
    <message>
        <source>Issue Notes</source>
        <translation>本期提示</translation>
    </message>
</context>
<context>
    <name>IssueOpening</name>
    <message>
        <source>Newspaper issues (*.md *.markdown *.txt *.xml *.rss *.htm *.html);;All files (*)</source>
        <translation>报纸 (*.md *.markdown *.txt *.xml *.rss *.htm *.html);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Opening {path}…</source>
        <translation>正在打开 {path}…</translation>
    </message>
    <message>
        <source>Cannot open this issue</source>
        <translation>无法打开这一期报纸</translation>
    </message>
    <message>
        <source>{issue} — Newspaper Reader</source>
        <translation>{issue} — 报纸阅读器</translation>
    </message>
    <message>
        <source>Open Issue File</source>
        <translation>打开报纸文件</translation>
    </message>
    <message>
        <source>Open Issue Folder</source>
        <translation>打开报纸文件夹</translation>
    </message>
    <message>
        <source>{issue} (library)</source>
        <translation>{issue}（往期）</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source>About Newspaper Reader</source>
        <translation>关于报纸阅读器</translation>
    </message>
    <message>
        <source>Newspaper Reader {version}</source>
        <translation>报纸阅读器 {version}</translation>
    </message>
    <message>
        <source>Read Chinese newspaper issues as text, page by page, with stories followed across pages.</source>
        <translation>按版面阅读中文报纸的文字，跨版的文章连起来读。</translation>
    </message>
</context>
<context>
    <name>IssueTreeModel</name>
    <message>
        <source>Pages and articles</source>
        <translation>版面与稿件</translation>
    </message>
    <message>
        <source>Page {number:02d}</source>
        <translation>第{number:02d}版</translation>
    </message>
    <message>
        <source>Page editors: {names}</source>
        <translation>本版责编：{names}</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>已读</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>图</translation>
    </message>
    <message>
        <source>With a photo</source>
        <translation>配有图片</translation>
    </message>
    <message>
        <source>←p{page}</source>
        <translation>←{page}版</translation>
    </message>
    <message>
        <source>Continued from page {page}</source>
        <translation>上接第{page}版</translation>
    </message>
    <message>
        <source>→p{page}</source>
        <translation>→{page}版</translation>
    </message>
    <message>
        <source>Continues on page {page}</source>
        <translation>转第{page}版</translation>
    </message>
    <message>
        <source>see p{page}</source>
        <translation>见{page}版</translation>
    </message>
    <message>
        <source>A copy of the article on page {page}</source>
        <translation>与第{page}版的稿件重复</translation>
    </message>
    <message>
        <source>cut off</source>
        <translation>不全</translation>
    </message>
    <message>
        <source>The text breaks off in the source</source>
        <translation>原文在此中断</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>d MMM yyyy, ddd</source>
        <translation>yyyy年M月d日 ddd</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>Unknown paper</source>
        <translation>报名不详</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>日期不详</translation>
    </message>
    <message>
        <source>《{paper}》</source>
        <translation>《{paper}》</translation>
    </message>
    <message>
        <source>{paper} {date}</source>
        <translation>{paper}{date}</translation>
    </message>
    <message numerus="yes">
        <source>%n issue(s)</source>
        <translation>
            <numerusform>%n 期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paper(s)</source>
        <translation>
            <numerusform>%n 种报纸</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n 篇文章</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n 版</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n 字</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n 处</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryController</name>
    <message>
        <source>Library</source>
        <translation>往期</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>收藏</translation>
    </message>
    <message>
        <source>Library Search</source>
        <translation>往期搜索</translation>
    </message>
    <message>
        <source>Reading the library…</source>
        <translation>正在读取往期库…</translation>
    </message>
    <message>
        <source>The library {location} needs a {engine} engine, which this reader does not have; only library files can be opened.</source>
        <translation>往期库 {location} 需要 {engine} 存储引擎，本阅读器没有；目前只能打开往期库文件。</translation>
    </message>
    <message>
        <source>The library is not available:
{problem}</source>
        <translation>往期库不可用：
{problem}</translation>
    </message>
    <message>
        <source>Opening the library…</source>
        <translation>正在打开往期库…</translation>
    </message>
    <message>
        <source>Page {page}</source>
        <translation>第{page}版</translation>
    </message>
    <message>
        <source>Nothing read in the library yet</source>
        <translation>往期库中还没有读过的报纸</translation>
    </message>
    <message>
        <source>This issue is not in the library: import it to step through its paper&apos;s other issues.</source>
        <translation>这一期不在往期库中：导入后才能翻到本报的其他各期。</translation>
    </message>
    <message>
        <source>this paper</source>
        <translation>本报</translation>
    </message>
    <message>
        <source>No earlier issue of {paper} in the library.</source>
        <translation>往期库中没有{paper}更早的一期。</translation>
    </message>
    <message>
        <source>No later issue of {paper} in the library.</source>
        <translation>往期库中没有{paper}更晚的一期。</translation>
    </message>
    <message>
        <source>Remove from Library</source>
        <translation>从往期库移除</translation>
    </message>
    <message>
        <source>Remove {issue} from the library? Its files, if any, are not touched.</source>
        <translation>从往期库中移除 {issue}？原文件（如有）不受影响。</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>无法导出</translation>
    </message>
    <message>
        <source>Search the library first: its results are what is cited.</source>
        <translation>请先在往期中搜索：引用的是搜索结果。</translation>
    </message>
    <message>
        <source>Articles found for “{query}”: {n}</source>
        <translation>搜索“{query}”找到的文章：{n} 篇</translation>
    </message>
    <message>
        <source>(the first {n} of {total})</source>
        <translation>（共 {total} 篇中的前 {n} 篇）</translation>
    </message>
    <message>
        <source>Cannot cite</source>
        <translation>无法引用</translation>
    </message>
    <message>
        <source>Bookmarked articles: {n}</source>
        <translation>收藏的文章：{n} 篇</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Search Library…</source>
        <translation>搜索往期…</translation>
    </message>
    <message>
        <source>Choose What to Do…</source>
        <translation>选择处理方式…</translation>
    </message>
    <message>
        <source>Opening the library…</source>
        <translation>正在打开往期库…</translation>
    </message>
    <message>
        <source>{issues} from {papers}</source>
        <translation>{papers}，共 {issues}</translation>
    </message>
    <message>
        <source>The library is empty.
Import issues with File ▸ Import into Library…; they stay readable after their files are gone.</source>
        <translation>往期库是空的。
请用“文件 ▸ 导入往期库…”导入报纸；原文件删除后仍可阅读。</translation>
    </message>
    <message>
        <source>Continue reading: {issue} ›</source>
        <translation>继续阅读：{issue} ›</translation>
    </message>
    <message>
        <source>No issue on {date}.</source>
        <translation>{date} 没有报纸。</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Export Issue…</source>
        <translation>导出整期…</translation>
    </message>
    <message>
        <source>Remove from Library…</source>
        <translation>从往期库移除…</translation>
    </message>
</context>
<context>
    <name>LibraryProblemDialog</name>
    <message>
        <source>The Library Cannot Be Used</source>
        <translation>往期库无法使用</translation>
    </message>
    <message>
        <source>The library file {path} cannot be used.</source>
        <translation>往期库文件 {path} 无法使用。</translation>
    </message>
    <message>
        <source>{problem}

The file has not been changed or deleted. You can open another library file; rebuild the library (the file is moved aside as a backup and every issue that can still be read is imported again); or go on reading without the library for now.</source>
        <translation>{problem}

该文件没有被修改或删除。您可以打开另一个往期库文件；或重建往期库（原文件改名保留为备份，仍能读出的各期会重新导入）；或暂时不用往期库，继续阅读。</translation>
    </message>
    <message>
        <source>Open Another Library…</source>
        <translation>打开其他往期库…</translation>
    </message>
    <message>
        <source>Rebuild the Library</source>
        <translation>重建往期库</translation>
    </message>
    <message>
        <source>Continue Without the Library</source>
        <translation>暂不使用往期库</translation>
    </message>
    <message>
        <source>Open Another Library</source>
        <translation>打开其他往期库</translation>
    </message>
    <message>
        <source>Reader library (*.sqlite3);;All files (*)</source>
        <translation>往期库 (*.sqlite3);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>LibraryResultsModel</name>
    <message>
        <source>Matching articles</source>
        <translation>匹配的文章</translation>
    </message>
    <message>
        <source>Page {page} · {title}</source>
        <translation>第{page}版 · {title}</translation>
    </message>
    <message>
        <source>{date} · {paper} ({count})</source>
        <translation>{date} · {paper}（{count}）</translation>
    </message>
</context>
<context>
    <name>LibrarySearchView</name>
    <message>
        <source>Search every issue in the library</source>
        <translation>在往期库的所有报纸中搜索</translation>
    </message>
    <message>
        <source>Whole words</source>
        <translation>全词匹配</translation>
    </message>
    <message>
        <source>Match only where jieba&apos;s word boundaries allow (金昌 does not hit 黄金昌盛)</source>
        <translation>只在结巴分词的词语边界上匹配（“金昌”不会命中“黄金昌盛”）</translation>
    </message>
    <message>
        <source>Traditional = Simplified</source>
        <translation>繁简通搜</translation>
    </message>
    <message>
        <source>Match Traditional and Simplified characters alike (繁简通搜)</source>
        <translation>繁体字与简体字一同匹配</translation>
    </message>
    <message>
        <source>From (e.g. 2026-06)</source>
        <translation>起（如 2026-06）</translation>
    </message>
    <message>
        <source>To (e.g. 2026-06-30)</source>
        <translation>止（如 2026-06-30）</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>最新在前</translation>
    </message>
    <message>
        <source>Most relevant first</source>
        <translation>最相关在前</translation>
    </message>
    <message>
        <source>All papers</source>
        <translation>所有报纸</translation>
    </message>
    <message>
        <source>‹ Previous</source>
        <translation>‹ 上一页</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation>下一页 ›</translation>
    </message>
    <message>
        <source>Rebuild the Library…</source>
        <translation>重建往期库…</translation>
    </message>
    <message>
        <source>Move the library file aside as a backup and build it again from what can be read (issues whose stored text is damaged are imported again from their files where they still exist). Compacting does not mend damaged articles.</source>
        <translation>把往期库文件移到一旁作为备份，用其中能读出的内容重新建库（存储文字损坏的各期，若原文件仍在，就从原文件重新导入）。压缩往期库修复不了损坏的文章。</translation>
    </message>
    <message>
        <source>A year (2026), a month (2026-06 or 2026年6月) or a day (2026-06-12)</source>
        <translation>年份（2026）、月份（2026-06 或 2026年6月）或日期（2026-06-12）</translation>
    </message>
    <message>
        <source>Words separated by spaces must all occur · &quot;…&quot; finds a phrase · -word leaves out</source>
        <translation>空格分隔的词都须出现 · &quot;…&quot; 查整个短语 · -词 排除</translation>
    </message>
    <message>
        <source>Write the dates as 2026, 2026-06 or 2026-06-12 (or 2026年6月12日).</source>
        <translation>日期请写作 2026、2026-06 或 2026-06-12（也可写 2026年6月12日）。</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <source>No article matches.</source>
        <translation>没有匹配的文章。</translation>
    </message>
    <message>
        <source>Articles {first}–{last} of {total}</source>
        <translation>第 {first}–{last} 篇，共 {total} 篇</translation>
    </message>
    <message numerus="yes">
        <source>%n stored article(s) could not be read (damaged): they are listed without their text, and their issues cannot be opened.</source>
        <translation>
            <numerusform>%n 篇已存文章无法读取（已损坏）：结果中只列出标题，所在的那一期也打不开。</numerusform>
        </translation>
    </message>
    <message>
        <source>No article in the library matches “{query}”.</source>
        <translation>往期中没有文章符合“{query}”。</translation>
    </message>
    <message>
        <source>Only the paper and dates chosen were searched: widen them to search more.</source>
        <translation>只搜索了所选的报纸和日期；放宽范围可以搜到更多。</translation>
    </message>
    <message>
        <source>Traditional characters are matched only with Traditional = Simplified on.</source>
        <translation>繁体字只有勾选“繁简通搜”时才能搜到。</translation>
    </message>
    <message>
        <source>Whole words finds a word only where jieba cuts it as one: try without it.</source>
        <translation>“全词匹配”只在分词恰好切出该词时命中，可以取消勾选再试。</translation>
    </message>
    <message>
        <source>The library is empty. Import issues with File ▸ Import into Library… to search them here.</source>
        <translation>往期库是空的。用“文件 ▸ 导入往期库…”导入报纸后，就可以在这里搜索。</translation>
    </message>
    <message>
        <source>Type what to look for: every issue in the library is searched.</source>
        <translation>输入要找的内容，往期库里的每一期都会搜索。</translation>
    </message>
    <message>
        <source>民营 经济 — articles with both words</source>
        <translation>民营 经济 —— 两个词都出现的文章</translation>
    </message>
    <message>
        <source>&quot;民营经济&quot; — the phrase itself</source>
        <translation>&quot;民营经济&quot; —— 整个短语</translation>
    </message>
    <message>
        <source>经济 -民营 — articles with 经济 but not 民营</source>
        <translation>经济 -民营 —— 有“经济”而没有“民营”的文章</translation>
    </message>
    <message>
        <source>The search failed: {error}</source>
        <translation>搜索失败：{error}</translation>
    </message>
</context>
<context>
    <name>LibraryTreeModel</name>
    <message>
        <source>Issues in the library</source>
        <translation>往期报纸</translation>
    </message>
    <message>
        <source>Unknown paper</source>
        <translation>报名不详</translation>
    </message>
    <message>
        <source>Issue imported {when}</source>
        <translation>{when} 导入的一期</translation>
    </message>
    <message>
        <source>d MMM, ddd</source>
        <translation>M月d日 ddd</translation>
    </message>
    <message>
        <source> · {mark}</source>
        <translation> · {mark}</translation>
    </message>
    <message>
        <source>{year}</source>
        <translation>{year}年</translation>
    </message>
    <message>
        <source>MMMM</source>
        <translation>M月</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>日期不详</translation>
    </message>
    <message>
        <source>{name} ({count})</source>
        <translation>{name}（{count}）</translation>
    </message>
    <message>
        <source>{pages}, {articles}, {chars}</source>
        <translation>{pages}，{articles}，{chars}</translation>
    </message>
    <message>
        <source>Imported from {source}</source>
        <translation>导入自 {source}</translation>
    </message>
    <message>
        <source>titles only</source>
        <translation>仅有标题</translation>
    </message>
    <message>
        <source>Most of its articles have no text: the source holds only their titles.</source>
        <translation>多数文章没有正文：来源只有标题。</translation>
    </message>
</context>
<context>
    <name>LookupFeature</name>
    <message>
        <source>Double-click a word, or click in the text first.</source>
        <translation>请双击一个词，或先在文中点一下。</translation>
    </message>
    <message>
        <source>No word here to look up.</source>
        <translation>这里没有可查的词。</translation>
    </message>
    <message>
        <source>The word could not be looked up: {error}</source>
        <translation>无法查词：{error}</translation>
    </message>
    <message>
        <source>Copied “{word}”.</source>
        <translation>已复制“{word}”。</translation>
    </message>
    <message>
        <source>Look Up Word Here</source>
        <translation>查此处的词</translation>
    </message>
</context>
<context>
    <name>LookupPopup</name>
    <message>
        <source>Find in Issue</source>
        <translation>在本期中查找</translation>
    </message>
    <message>
        <source>Search Library</source>
        <translation>在往期中搜索</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Traditional {traditional} · Simplified {simplified}</source>
        <translation>繁体 {traditional} · 简体 {simplified}</translation>
    </message>
    <message>
        <source>More entries in the dictionary: {n}</source>
        <translation>词典中另有 {n} 条</translation>
    </message>
    <message>
        <source>Not in the dictionary; its parts:</source>
        <translation>词典未收此词；其组成部分：</translation>
    </message>
    <message>
        <source>Not in the dictionary.</source>
        <translation>词典未收此词。</translation>
    </message>
    <message>
        <source>The dictionary cannot be read: {problem}</source>
        <translation>无法读取词典：{problem}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Newspaper Reader</source>
        <translation>报纸阅读器</translation>
    </message>
</context>
<context>
    <name>Maintenance</name>
    <message>
        <source>Indexing the library: {percent}%</source>
        <translation>正在为往期库建立索引：{percent}%</translation>
    </message>
    <message>
        <source>Preparing whole-word search: {percent}%</source>
        <translation>正在准备全词匹配：{percent}%</translation>
    </message>
    <message>
        <source>Compacting the library…</source>
        <translation>正在整理往期库…</translation>
    </message>
    <message>
        <source>The library could not be compacted</source>
        <translation>往期库未能整理</translation>
    </message>
    <message>
        <source>Library compacted: {before} MB → {after} MB</source>
        <translation>往期库已整理：{before} MB → {after} MB</translation>
    </message>
    <message>
        <source>Rebuilding the library…</source>
        <translation>正在重建往期库…</translation>
    </message>
    <message>
        <source>The library is busy importing or indexing: rebuild it when that has finished.</source>
        <translation>往期库正在导入或建立索引：等它完成后再重建。</translation>
    </message>
    <message>
        <source>Rebuild the Library</source>
        <translation>重建往期库</translation>
    </message>
    <message>
        <source>Rebuild {path}? The file is moved aside as a backup (never deleted), a new library is made from every issue that can be read, and issues whose stored text is damaged are imported again from their files where these still exist.</source>
        <translation>重建 {path}？原文件会移到一旁作为备份（不会删除），用所有能读出的各期建一个新的往期库；存储文字损坏的各期，若原文件仍在，就从原文件重新导入。</translation>
    </message>
    <message>
        <source>The old file was kept as {backup}.</source>
        <translation>原文件已保留为 {backup}。</translation>
    </message>
    <message>
        <source>{kept}, {again}, {lost}.</source>
        <translation>{kept}，{again}，{lost}。</translation>
    </message>
    <message numerus="yes">
        <source>%n issue(s) kept</source>
        <translation>
            <numerusform>保留 %n 期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n imported again from their files</source>
        <translation>
            <numerusform>%n 期从原文件重新导入</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lost</source>
        <translation>
            <numerusform>%n 期丢失</numerusform>
        </translation>
    </message>
    <message>
        <source>Library Rebuilt</source>
        <translation>往期库已重建</translation>
    </message>
    <message>
        <source>The library could not be rebuilt:
{error}</source>
        <translation>往期库无法重建：
{error}</translation>
    </message>
    <message>
        <source>The library could not be rebuilt</source>
        <translation>往期库无法重建</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>no such file or folder</source>
        <translation>没有这个文件或文件夹</translation>
    </message>
    <message>
        <source>not a file</source>
        <translation>不是文件</translation>
    </message>
    <message>
        <source>file is {size_mb} MB, over the {limit_mb} MB limit</source>
        <translation>文件大小为 {size_mb} MB，超过了 {limit_mb} MB 的上限</translation>
    </message>
    <message>
        <source>cannot be read ({reason})</source>
        <translation>无法读取（{reason}）</translation>
    </message>
    <message>
        <source>file is empty</source>
        <translation>文件是空的</translation>
    </message>
    <message>
        <source>looks like a binary file, not text</source>
        <translation>看起来是二进制文件，不是文本</translation>
    </message>
    <message>
        <source>the text encoding is unclear: read as GB18030 or Big5 it is not Chinese text (save it as UTF-8)</source>
        <translation>文本编码不明：按 GB18030 或 Big5 读都不是中文（请另存为 UTF-8）</translation>
    </message>
    <message>
        <source>unknown text encoding (not UTF-8, GB18030, Big5 or UTF-16): save it as UTF-8</source>
        <translation>文本编码无法识别（不是 UTF-8、GB18030、Big5 或 UTF-16）：请另存为 UTF-8</translation>
    </message>
    <message>
        <source>reading it took longer than {seconds} s: stopped (a damaged or hostile file?)</source>
        <translation>读取超过 {seconds} 秒，已停止（文件损坏或有恶意？）</translation>
    </message>
    <message>
        <source>the process reading it ended unexpectedly (out of memory?)</source>
        <translation>读取它的进程意外结束（内存不足？）</translation>
    </message>
    <message>
        <source>reading it needs more than {megabytes} MB of memory: stopped (a damaged or hostile file?)</source>
        <translation>读取它需要超过 {megabytes} MB 内存：已停止（文件损坏或有意构造？）</translation>
    </message>
    <message>
        <source>reading it ran out of memory (a damaged or hostile file?)</source>
        <translation>读取它时内存耗尽（文件损坏或有意构造？）</translation>
    </message>
    <message>
        <source>broken front matter: its aliases expand too far (an alias bomb?)</source>
        <translation>头信息有误：别名展开过多（别名炸弹？）</translation>
    </message>
    <message>
        <source>unknown text encoding (not UTF-8, GB18030 or UTF-16)</source>
        <translation>文本编码无法识别（不是 UTF-8、GB18030 或 UTF-16）</translation>
    </message>
    <message>
        <source>folder holds no newspaper issue (no page files, feed or article files)</source>
        <translation>文件夹里没有报纸（没有版面文件、订阅源或文章文件）</translation>
    </message>
    <message>
        <source>not a newspaper issue in any format this reader knows</source>
        <translation>不是本阅读器能识别的任何一种报纸格式</translation>
    </message>
    <message>
        <source>unknown format {format} (known: {known})</source>
        <translation>未知格式 {format}（可用：{known}）</translation>
    </message>
    <message>
        <source>not a newspaper issue: text with no masthead, date, page number, byline, dateline or jump (a note?)</source>
        <translation>不是一期报纸：文字中没有报头、日期、版次、署名、电头或转版（是说明文字吗？）</translation>
    </message>
    <message>
        <source>a note beside issue folders (its name gives no page number), not a page</source>
        <translation>是放在各期文件夹旁的说明（文件名中没有版次），不是版面</translation>
    </message>
    <message>
        <source>holds no article (no headline and no text)</source>
        <translation>没有文章（没有标题也没有正文）</translation>
    </message>
    <message>
        <source>has YAML front matter (an article file, not a page)</source>
        <translation>带有 YAML 头信息（是文章文件，不是版面）</translation>
    </message>
    <message>
        <source>no YAML front matter (the file must begin with a --- line)</source>
        <translation>没有 YAML 头信息（文件须以 --- 一行开头）</translation>
    </message>
    <message>
        <source>broken front matter: the --- on line 1 is never closed by another --- line</source>
        <translation>头信息有误：第 1 行的 --- 之后没有另一行 --- 来结束</translation>
    </message>
    <message>
        <source>broken front matter: {problem} (line {line})</source>
        <translation>头信息有误：{problem}（第 {line} 行）</translation>
    </message>
    <message>
        <source>broken front matter: {problem}</source>
        <translation>头信息有误：{problem}</translation>
    </message>
    <message>
        <source>broken front matter: not a mapping of `key: value` fields</source>
        <translation>头信息有误：不是“键: 值”形式的字段</translation>
    </message>
    <message>
        <source>broken front matter: nested too deep</source>
        <translation>头信息有误：嵌套太深</translation>
    </message>
    <message>
        <source>not an RSS feed (the root element is &lt;{root}&gt;, not &lt;rss&gt;)</source>
        <translation>不是 RSS 订阅源（根元素是 &lt;{root}&gt;，不是 &lt;rss&gt;）</translation>
    </message>
    <message>
        <source>RSS feed has no &lt;channel&gt;</source>
        <translation>RSS 订阅源没有 &lt;channel&gt;</translation>
    </message>
    <message>
        <source>feed has no items</source>
        <translation>订阅源里没有条目</translation>
    </message>
    <message numerus="yes">
        <source>feed has no readable items (%n skipped)</source>
        <translation>
            <numerusform>订阅源里没有可读的条目（跳过了 %n 条）</numerusform>
        </translation>
    </message>
    <message>
        <source>malformed XML at line {line}: {problem}</source>
        <translation>XML 格式错误，第 {line} 行：{problem}</translation>
    </message>
    <message>
        <source>malformed XML: {problem}</source>
        <translation>XML 格式错误：{problem}</translation>
    </message>
    <message>
        <source>the reader failed on it ({reason})</source>
        <translation>阅读器处理时出错（{reason}）</translation>
    </message>
    <message>
        <source>is a folder: give a file name</source>
        <translation>这是文件夹，请给出文件名</translation>
    </message>
    <message>
        <source>a link to nothing</source>
        <translation>指向不存在之处的链接</translation>
    </message>
    <message>
        <source>the same file or folder as one read before (a link): read once</source>
        <translation>与先前读过的文件或文件夹相同（链接）：只读一次</translation>
    </message>
    <message>
        <source>a link back to a folder above it (a loop): not walked again</source>
        <translation>指回上级文件夹的链接（循环）：不再重复遍历</translation>
    </message>
    <message>
        <source>would overwrite a file the reader keeps or reads ({kept}): not written; choose another file name</source>
        <translation>会覆盖阅读器保存或读取的文件（{kept}）：没有写入，请换一个文件名</translation>
    </message>
    <message>
        <source>cannot be written ({reason}); nothing was changed</source>
        <translation>无法写入（{reason}），什么也没有改动</translation>
    </message>
    <message>
        <source>no readable page files ({name}: {problem})</source>
        <translation>没有可读的版面文件（{name}：{problem}）</translation>
    </message>
    <message>
        <source>no readable article file in the folder (first problem: {name}: {problem})</source>
        <translation>文件夹里没有可读的文章文件（第一个问题：{name}：{problem}）</translation>
    </message>
    <message>
        <source>「{title}」 stops mid-sentence: the rest is not on the page</source>
        <translation>「{title}」在句子中间断了：后面的内容不在本版上</translation>
    </message>
    <message>
        <source>「{title}」 continues on page {to_page}, but that part is not in this issue</source>
        <translation>「{title}」转第{to_page}版，但本期没有那一部分</translation>
    </message>
    <message>
        <source>「{title}」 continues from page {from_page}, but that part is not in this issue</source>
        <translation>「{title}」上接第{from_page}版，但本期没有那一部分</translation>
    </message>
    <message>
        <source>「{title}」 is printed on page {page} under the headline 「{printed}」</source>
        <translation>「{title}」在第{page}版上以标题「{printed}」刊出</translation>
    </message>
    <message>
        <source>line {line}: the tail of the paragraph before it, printed twice by the extraction, was dropped</source>
        <translation>第 {line} 行：与上一段结尾重复（提取时印了两次），已略去</translation>
    </message>
    <message numerus="yes">
        <source>%n label line(s) before the first headline (QR codes, app names) are not part of any article</source>
        <translation>
            <numerusform>第一个标题前的 %n 行标签（二维码、客户端名称等）不属于任何文章</numerusform>
        </translation>
    </message>
    <message>
        <source>{name}: {problem}; that page is left out</source>
        <translation>{name}：{problem}；这一版未收入</translation>
    </message>
    <message>
        <source>{name}: {problem}; the file was skipped</source>
        <translation>{name}：{problem}；已跳过这个文件</translation>
    </message>
    <message>
        <source>「{title}」 names no page (no [01版：…] label or 第 N 版 stamp); put on page {page}, after the item before it</source>
        <translation>「{title}」没有注明版次（没有 [01版：…] 标签或“第 N 版”字样）；放在第{page}版，跟在前一条之后</translation>
    </message>
    <message>
        <source>{name}: no page folder and no `page:` field; put on page {page}</source>
        <translation>{name}：既不在版面文件夹里，也没有 `page:` 字段；放在第{page}版</translation>
    </message>
    <message>
        <source>「{title}」: the body is the scraper&apos;s placeholder, not the article</source>
        <translation>「{title}」：正文是抓取程序的占位文字，不是文章</translation>
    </message>
    <message>
        <source>「{title}」: the body is empty</source>
        <translation>「{title}」：正文是空的</translation>
    </message>
    <message>
        <source>「{title}」: no headline found in its HTML; the listed title is used</source>
        <translation>「{title}」：HTML 中找不到标题，用了目录里的标题</translation>
    </message>
    <message>
        <source>{empty} of {total} items have no text: the source holds titles only for most of this issue</source>
        <translation>{total} 条中有 {empty} 条没有正文：这一期的来源大多只有标题</translation>
    </message>
    <message>
        <source>{name} is page {page} too: its items follow those of {other}</source>
        <translation>{name} 也是第{page}版：其内容排在 {other} 之后</translation>
    </message>
    <message>
        <source>「{title}」 goes on after （上接…） with no （下转…） marker; the rest was put on page {page}</source>
        <translation>「{title}」有（上接…）而没有（下转…）标记；后面的内容放在了第{page}版</translation>
    </message>
    <message>
        <source>{name}: the folder cannot be listed; its articles are left out</source>
        <translation>{name}：无法列出文件夹内容；其中的文章未收入</translation>
    </message>
    <message>
        <source>{name}: the same file as another one (a link): read once</source>
        <translation>{name}：与另一个文件相同（是链接），只读一次</translation>
    </message>
    <message>
        <source>{name}: a link to nothing; left out</source>
        <translation>{name}：指向不存在之处的链接；未收入</translation>
    </message>
    <message>
        <source>{name}: not a regular file (a pipe, socket or device); left out</source>
        <translation>{name}：不是普通文件（管道、套接字或设备）；未收入</translation>
    </message>
    <message numerus="yes">
        <source>{name}: the folder&apos;s name gives no page number; its %n file(s) are placed by their `page:` field</source>
        <translation>
            <numerusform>{name}：文件夹名中没有版次；其中 %n 个文件按各自的 `page:` 字段排版</numerusform>
        </translation>
    </message>
    <message>
        <source>page folders are numbered from 0 ({names}): each is read as the page after its number (00 is page 1)</source>
        <translation>版面文件夹从 0 开始编号（{names}）：每个都按其编号的下一版读（00 即第1版）</translation>
    </message>
    <message>
        <source>has neither a title nor article text</source>
        <translation>既没有标题也没有正文</translation>
    </message>
    <message>
        <source>is damaged ({reason}); it is left as it is: open another library, or rebuild this one (its issues are imported again where possible)</source>
        <translation>已损坏（{reason}）；文件保持原样：请打开其他往期库，或重建此库（能找到来源的各期会重新导入）</translation>
    </message>
    <message>
        <source>issue {issue} is damaged: it cannot be read</source>
        <translation>第 {issue} 号期刊记录已损坏，无法读取</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <source>names no page (no [01版：…] label or 第 N 版 stamp)</source>
        <translation>没有注明版次（没有 [01版：…] 标签或“第 N 版”字样）</translation>
    </message>
    <message>
        <source>has unreadable article HTML ({error})</source>
        <translation>文章 HTML 无法读取（{error}）</translation>
    </message>
    <message>
        <source>item 「{title}」 {problem}; skipped</source>
        <translation>条目「{title}」{problem}，已跳过</translation>
    </message>
    <message>
        <source>item 「{title}」 at line {line} {problem}; skipped</source>
        <translation>第 {line} 行的条目「{title}」{problem}，已跳过</translation>
    </message>
    <message>
        <source>is a folder, not a library file</source>
        <translation>是文件夹，不是往期库文件</translation>
    </message>
    <message>
        <source>no such library file</source>
        <translation>没有这个往期库文件</translation>
    </message>
    <message>
        <source>cannot create its folder ({reason})</source>
        <translation>无法创建所在的文件夹（{reason}）</translation>
    </message>
    <message>
        <source>cannot be opened ({reason})</source>
        <translation>无法打开（{reason}）</translation>
    </message>
    <message>
        <source>not a library: the file is not an SQLite database</source>
        <translation>不是往期库：这个文件不是 SQLite 数据库</translation>
    </message>
    <message>
        <source>is an empty database, not a library</source>
        <translation>是空的数据库，不是往期库</translation>
    </message>
    <message>
        <source>not a library: an SQLite database of another program ({tables})</source>
        <translation>不是往期库：是其他程序的 SQLite 数据库（{tables}）</translation>
    </message>
    <message>
        <source>made by a newer version of the reader (schema {schema}; this version reads up to {supported}): update the reader</source>
        <translation>由更新版本的阅读器创建（结构版本 {schema}，本版本最多读取 {supported}）：请更新阅读器</translation>
    </message>
    <message>
        <source>has schema {schema}, which this reader cannot migrate</source>
        <translation>结构版本为 {schema}，本阅读器无法升级</translation>
    </message>
    <message>
        <source>has an older schema ({schema}) and is opened read-only: open it once with write access to bring it up to date</source>
        <translation>结构版本较旧（{schema}），以只读方式打开：用可写权限打开一次即可更新</translation>
    </message>
    <message>
        <source>cannot be used ({reason})</source>
        <translation>无法使用（{reason}）</translation>
    </message>
    <message>
        <source>is in use by another program for too long: try again</source>
        <translation>被其他程序占用太久，请再试一次</translation>
    </message>
    <message>
        <source>the disk is full: nothing was changed</source>
        <translation>磁盘已满：什么也没有改动</translation>
    </message>
    <message>
        <source>a disk I/O error (a full disk, a file size limit or a failing disk)</source>
        <translation>磁盘读写出错（磁盘已满、文件大小受限或磁盘故障）</translation>
    </message>
    <message>
        <source>holds as many articles for one day as a library can</source>
        <translation>某一天的文章数已达往期库的上限</translation>
    </message>
    <message>
        <source>cannot be created: its folder is read-only</source>
        <translation>无法创建：所在的文件夹是只读的</translation>
    </message>
    <message>
        <source>is read-only: it can be read and searched; importing, removing and bookmarks need write access</source>
        <translation>是只读的：可以阅读和搜索；导入、移除和收藏需要写入权限</translation>
    </message>
    <message>
        <source>is damaged: the SQLite header is cut short</source>
        <translation>已损坏：SQLite 文件头不完整</translation>
    </message>
    <message>
        <source>is damaged: the file is cut short ({size} bytes, its header says {expected})</source>
        <translation>已损坏：文件不完整（{size} 字节，文件头标明 {expected}）</translation>
    </message>
    <message>
        <source>is damaged: tables missing ({tables})</source>
        <translation>已损坏：缺少数据表（{tables}）</translation>
    </message>
</context>
<context>
    <name>MissingFontBanner</name>
    <message>
        <source>No Chinese font was found on this computer, so the text may show as empty boxes. Install the package {package} (for example: sudo apt install {package}) and start the reader again.</source>
        <translation>本机没有找到中文字体，文字可能显示为方框。请安装软件包 {package}（例如：sudo apt install {package}），然后重新启动阅读器。</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message numerus="yes">
        <source>%n note(s) on this issue from reading its files.</source>
        <translation>
            <numerusform>读取本期文件时有 %n 条提示。</numerusform>
        </translation>
    </message>
    <message>
        <source>No notes on this issue.</source>
        <translation>本期没有提示。</translation>
    </message>
    <message>
        <source>Page {number}</source>
        <translation>第{number}版</translation>
    </message>
</context>
<context>
    <name>OpenProgress</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop opening this issue (Esc); the issue on screen stays</source>
        <translation>停止打开这一期（Esc）；屏幕上的这一期保持不变</translation>
    </message>
    <message>
        <source>Opening cancelled: {path}</source>
        <translation>已取消打开：{path}</translation>
    </message>
</context>
<context>
    <name>PagePicker</name>
    <message>
        <source>Go to Page</source>
        <translation>转到版面</translation>
    </message>
    <message>
        <source>Page number or name</source>
        <translation>版次或版名</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n 篇</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PageStrip</name>
    <message>
        <source>Pages</source>
        <translation>版面</translation>
    </message>
</context>
<context>
    <name>PrintFeature</name>
    <message>
        <source>Sent to the printer.</source>
        <translation>已发送到打印机。</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>导出为 PDF</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>无法导出</translation>
    </message>
    <message>
        <source>{path} is the library or a file of the issue being read: choose another file.</source>
        <translation>{path} 是资料库或正在阅读的这一期的文件：请另选一个文件。</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>已导出到 {path}</translation>
    </message>
</context>
<context>
    <name>ReadAloudFeature</name>
    <message>
        <source>No text-to-speech engine is installed. Install espeak-ng ({command}) and try again.</source>
        <translation>没有安装语音合成引擎。请安装 espeak-ng（{command}）后再试。</translation>
    </message>
    <message>
        <source>The text-to-speech engine has no Chinese voice. Install espeak-ng&apos;s voices ({command}) and try again.</source>
        <translation>语音合成引擎没有中文嗓音。请安装 espeak-ng 的嗓音（{command}）后再试。</translation>
    </message>
    <message>
        <source>Read Aloud</source>
        <translation>朗读</translation>
    </message>
    <message>
        <source>Nothing to read aloud here.</source>
        <translation>这里没有可朗读的文字。</translation>
    </message>
    <message>
        <source>Reading paused.</source>
        <translation>朗读已暂停。</translation>
    </message>
    <message>
        <source>Reading speed: {percent}%</source>
        <translation>朗读速度：{percent}%</translation>
    </message>
    <message>
        <source>Reading aloud: sentence {i} of {n}</source>
        <translation>正在朗读：第 {i} 句，共 {n} 句</translation>
    </message>
    <message>
        <source>Finished reading aloud.</source>
        <translation>朗读完毕。</translation>
    </message>
    <message>
        <source>The story could not be read aloud: {message}</source>
        <translation>无法朗读本文：{message}</translation>
    </message>
    <message>
        <source>&amp;Pause Reading</source>
        <translation>暂停朗读(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Resume Reading</source>
        <translation>继续朗读(&amp;R)</translation>
    </message>
    <message>
        <source>Read Aloud (install espeak-ng)</source>
        <translation>朗读（需安装 espeak-ng）</translation>
    </message>
    <message>
        <source>Read Aloud (install a Chinese voice)</source>
        <translation>朗读（需安装中文嗓音）</translation>
    </message>
    <message>
        <source>&amp;Read Aloud from the Cursor</source>
        <translation>从光标处朗读(&amp;R)</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>No Chinese voice installed</source>
        <translation>未安装中文嗓音</translation>
    </message>
</context>
<context>
    <name>ReadingController</name>
    <message>
        <source>Pages</source>
        <translation>版面</translation>
    </message>
    <message>
        <source>This issue has no articles.</source>
        <translation>这一期没有稿件。</translation>
    </message>
    <message>
        <source>Open an issue with File ▸ Open, or drop it on this window.</source>
        <translation>请用“文件 ▸ 打开”选择一期报纸，或把它拖到本窗口。</translation>
    </message>
    <message>
        <source>Copied with citation.</source>
        <translation>已复制，并注明出处。</translation>
    </message>
    <message>
        <source>Page {page}</source>
        <translation>第{page}版</translation>
    </message>
    <message>
        <source>Article {i} of {n}</source>
        <translation>第{i}篇/共{n}篇</translation>
    </message>
    <message>
        <source>This is the last article of the issue.</source>
        <translation>已是本期最后一篇。</translation>
    </message>
    <message>
        <source>This is the first article of the issue.</source>
        <translation>已是本期第一篇。</translation>
    </message>
    <message>
        <source>This is the last page of the issue.</source>
        <translation>已是本期最后一版。</translation>
    </message>
    <message>
        <source>This is the first page of the issue.</source>
        <translation>已是本期第一版。</translation>
    </message>
    <message>
        <source>Every article of this issue has been read.</source>
        <translation>本期文章都已读过。</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <source>No matches for “{query}” in this issue.</source>
        <translation>本期没有找到“{query}”。</translation>
    </message>
</context>
<context>
    <name>StoryDocument</name>
    <message>
        <source>Continued on page {page}</source>
        <translation>转第{page}版</translation>
    </message>
    <message>
        <source>Continued from page {page}</source>
        <translation>上接第{page}版</translation>
    </message>
    <message>
        <source>page {page} is not in this issue</source>
        <translation>第{page}版不在本期</translation>
    </message>
    <message>
        <source>its part on page {page} was not found</source>
        <translation>第{page}版上未找到续文</translation>
    </message>
    <message>
        <source>The text breaks off here in the source.</source>
        <translation>原文至此中断。</translation>
    </message>
    <message>
        <source>Related report on page {page}</source>
        <translation>相关报道见第{page}版</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>See the photo in the original article</source>
        <translation>在原文中查看图片</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>MMM yyyy</source>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>No dated article matches.</source>
        <translation>没有带日期的文章匹配。</translation>
    </message>
    <message>
        <source>Unknown paper</source>
        <translation>报名不详</translation>
    </message>
</context>
<context>
    <name>TrendPanel</name>
    <message>
        <source>By month</source>
        <translation>按月</translation>
    </message>
    <message>
        <source>By year</source>
        <translation>按年</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>显示全部</translation>
    </message>
    <message>
        <source>Matching articles per month</source>
        <translation>每月匹配的文章数</translation>
    </message>
    <message>
        <source>Matching articles per year</source>
        <translation>每年匹配的文章数</translation>
    </message>
    <message>
        <source>(undated: {n})</source>
        <translation>（无日期：{n} 篇）</translation>
    </message>
    <message>
        <source>Only {period}</source>
        <translation>仅 {period}</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
        <source>{title} (page {page}, {count} hits)</source>
        <translation>{title}（第{page}版，{count}处）</translation>
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
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Import Issue Files</source>
        <translation>导入报纸文件</translation>
    </message>
    <message>
        <source>Newspaper issues (*.md *.markdown *.txt *.xml *.rss);;All files (*)</source>
        <translation>报纸 (*.md *.markdown *.txt *.xml *.rss);;所有文件 (*)</translation>
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
        <source>Cancelling after the issue being stored…</source>
        <translation>存完当前这一期后取消…</translation>
    </message>
    <message>
        <source>Indexing the text for search…</source>
        <translation>正在为搜索建立索引…</translation>
    </message>
    <message>
        <source>Skipped {path}: {reason}</source>
        <translation>已跳过 {path}：{reason}</translation>
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
    <message>
        <source>{added} issues imported ({replaced} replaced an earlier copy), {skipped} skipped.</source>
        <translation>导入 {added} 期（其中 {replaced} 期替换了旧版本），跳过 {skipped} 项。</translation>
    </message>
    <message>
        <source>{unchanged} were in the library already, unchanged.</source>
        <translation>另有 {unchanged} 期往期库中已有，内容未变。</translation>
    </message>
    <message>
        <source>Cancelled. Issues stored before stopping are in the library.</source>
        <translation>已取消。取消前存好的各期已在往期库中。</translation>
    </message>
    <message>
        <source>The reasons are listed above.</source>
        <translation>跳过的原因见上方列表。</translation>
    </message>
    <message>
        <source>The import stopped: {error}</source>
        <translation>导入中止：{error}</translation>
    </message>
</context>
<context>
    <name>IssueOpening</name>
    <message>
        <source>Newspaper issues (*.md *.markdown *.txt *.xml *.rss);;All files (*)</source>
        <translation>报纸 (*.md *.markdown *.txt *.xml *.rss);;所有文件 (*)</translation>
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
        <source>Keyboard Shortcuts</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source>About Newspaper Reader</source>
        <translation>关于报纸阅读器</translation>
    </message>
    <message>
        <source>Newspaper Reader: read Chinese newspaper issues as text, page by page, with stories followed across pages.</source>
        <translation>报纸阅读器：以文字阅读中文报纸，按版浏览，跨版稿件连续阅读。</translation>
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
        <source>{month}/{day}/{year}</source>
        <translation>{year}年{month}月{day}日</translation>
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
        <source>{issues} issues of {papers} papers</source>
        <translation>共 {issues} 期，{papers} 种报纸</translation>
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
        <source>MMMM d, yyyy, ddd</source>
        <translation>yyyy年M月d日 ddd</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>日期不详</translation>
    </message>
    <message>
        <source>{date} · {paper} ({count})</source>
        <translation>{date} · {paper}（{count}）</translation>
    </message>
    <message>
        <source>Unknown paper</source>
        <translation>报名不详</translation>
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
        <source>MMM d, ddd</source>
        <translation>M月d日 ddd</translation>
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
        <source>{count} issues</source>
        <translation>{count} 期</translation>
    </message>
    <message>
        <source>{pages} pages, {articles} articles, {chars} characters</source>
        <translation>{pages} 版，{articles} 篇，{chars} 字</translation>
    </message>
    <message>
        <source>Imported from {source}</source>
        <translation>导入自 {source}</translation>
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
        <source>The old file was kept as {backup}.</source>
        <translation>原文件已保留为 {backup}。</translation>
    </message>
    <message>
        <source>{kept} issues kept, {again} imported again from their files, {lost} lost.</source>
        <translation>保留 {kept} 期，从原文件重新导入 {again} 期，丢失 {lost} 期。</translation>
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
    <name>MissingFontBanner</name>
    <message>
        <source>No Chinese font was found on this computer, so the text may show as empty boxes. Install the package {package} (for example: sudo apt install {package}) and start the reader again.</source>
        <translation>本机没有找到中文字体，文字可能显示为方框。请安装软件包 {package}（例如：sudo apt install {package}），然后重新启动阅读器。</translation>
    </message>
</context>
<context>
    <name>ReadingController</name>
    <message>
        <source>Pages</source>
        <translation>版面</translation>
    </message>
    <message>
        <source>Notes on this issue: {n}</source>
        <translation>本期提示 {n} 条</translation>
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
</context>
</TS>

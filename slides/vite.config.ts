// Slide titles shown as plain text. Slidev's own title renderer (#slidev/title-renderer, used by
// the go-to dialog and the table of contents) compiles every slide's title as markdown and Vue,
// outside any v-pre: a headline such as `Konvensi <img onerror=…> {{ 7*7 }}` would run there, and
// an unclosed tag would break the build. The titles of a briefing are article text, so this
// renderer shows each as the text it is (Vue escapes it), from the slide's frontmatter.
import type { Plugin } from 'vite'
import { defineConfig } from 'vite'

/** The module Slidev's components import as `#slidev/title-renderer` (Slidev 53). */
const TITLE_RENDERER = '/@slidev/title-renderer'

const PLAIN_TITLE_RENDERER = `
import { computed, defineComponent } from 'vue'
import { useSlideContext } from '@slidev/client/context.ts'
import { slides } from '#slidev/slides'

export default defineComponent({
  name: 'PlainTitleRenderer',
  props: { no: { type: [Number, String], required: false } },
  setup(props) {
    const { $page } = useSlideContext()
    const no = computed(() => +(props.no ?? $page.value))
    return () => {
      const slide = slides.value[no.value - 1]?.meta?.slide
      const title = slide?.frontmatter?.title ?? slide?.title
      return typeof title === 'string' ? title : ''
    }
  },
})
`

function plainTitles(): Plugin {
  return {
    name: 'briefing:plain-titles',
    // Before Slidev's loader, which would serve its own markdown renderer under this id.
    enforce: 'pre',
    resolveId(id) {
      return id === TITLE_RENDERER ? id : undefined
    },
    load(id) {
      return id === TITLE_RENDERER ? PLAIN_TITLE_RENDERER : undefined
    },
  }
}

export default defineConfig({
  plugins: [plainTitles()],
})
